import Foundation
import GRDB
import Testing
import VerbatimCore

@testable import VerbatimGraph

/// A store written before speaker identity is brought to it when opened.
@Suite("Speaker identity migration")
struct SpeakerMigrationTests {
  @Test("an older store's surname-only speaker joins the one full name, and names in capitals fold")
  func migratesOldStore() throws {
    let fixtures = try Fixtures()
    let path = fixtures.folder.appendingPathComponent("old.sqlite").path
    let queue = try DatabaseQueue(path: path)
    try StoreSchema.migrator.migrate(queue, upTo: "v2: document text, claims' places in it and paragraph numbers")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO document(id, seq, path, authors, format, textKey, version, ingestedAt)
            VALUES ('sha256:aa', 1, '/a.txt', '', 'text', 'a', 1, '2024-01-01T00:00:00Z');
          INSERT INTO speaker(id, name, type) VALUES (1, 'Wren Halloway-Price', 'person'),
            (2, 'Halloway-Price', 'person'), (3, 'IVO MARCH', 'person'), (4, 'Ivo March', 'person');
          -- The old keys split hyphens, so the surname alone looked like a full name.
          INSERT INTO speaker_key(key, surname, speakerID) VALUES ('wren halloway price', 'price', 1),
            ('halloway price', 'price', 2), ('ivo march', 'march', 3);
          """)
      for (index, speaker) in [(1, "Wren Halloway-Price"), (2, "Halloway-Price"), (3, "IVO MARCH"), (4, "Ivo March")] {
        try db.execute(
          sql: """
            INSERT INTO claim(key, documentID, kind, text, normalized, normalizedHash, wordCount, speakerID,
              speakerName, speakerType, rule, confidence, startByte, endByte, line, column, endLine, endColumn)
            VALUES (?, 'sha256:aa', 'direct', ?, ?, ?, 2, ?, ?, 'person', 'test', 1, 0, 1, 1, 1, 1, 2)
            """,
          arguments: ["k\(index)", "words \(index)", "words \(index)", index, index, speaker])
      }
    }
    let store = try GraphStore(path: path)
    let speakers = try store.speakers()
    #expect(Set(speakers.map(\.name)) == ["Wren Halloway-Price", "Ivo March"])
    let wren = try #require(speakers.first { $0.name == "Wren Halloway-Price" })
    #expect(wren.claims == 2)
    let claims = try store.saidBy("Wren Halloway-Price").claims
    #expect(claims.first { $0.speakerName == "Halloway-Price" }?.speakerMatch == .surname)
  }
}
