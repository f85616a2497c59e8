import Foundation
import GRDB
import Testing

@testable import VerbatimGraph

/// A claim's spans are read from the `spans` column by `SpanRowsReader`, not Foundation's JSON
/// reader: both must give the same spans for what SQLite writes, and the reader must give up
/// (so the fallback reads it) on anything else.
@Suite("Reading a claim's span rows")
struct SpanRowsReaderTests {
  /// Text with what JSON must escape or may carry raw: quotes, backslashes, slashes, control
  /// characters, accents, and characters outside the Basic Multilingual Plane. Not U+FEFF:
  /// Foundation's reader drops it from strings, where this reader keeps the stored text whole
  /// (see `byteOrderMarkKept`).
  static let pieces = [
    "plain", "\"quoted\"", "back\\slash", "a/b", "tab\there", "line\nbreak", "\r", "\u{1}\u{1F}", "café",
    "naïve résumé", "\u{1F600}", "\u{10FFFF}", " ", "", "–",
  ]

  @Test("SQLite's span rows read the same as Foundation reads them")
  func sameAsFoundation() throws {
    let db = try DatabaseQueue()
    var random = SplitMix(seed: 7)
    var compared = 0
    for _ in 0..<300 {
      try db.write { db in
        try db.execute(
          sql: """
            CREATE TEMP TABLE span(role TEXT, ordinal INTEGER, text TEXT, textStart INTEGER, textEnd INTEGER,
              startByte INTEGER, endByte INTEGER, line INTEGER, "column" INTEGER, endLine INTEGER, endColumn INTEGER)
            """)
        for _ in 0..<Int(random.next() % 5) {
          let roles = ["fragment", "cue", "speaker", "other"]
          let text = (0..<Int(random.next() % 4)).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
          }
          let start: Int? = random.next() % 4 == 0 ? nil : Int(random.next() % 100_000)
          var values: [(any DatabaseValueConvertible)?] = [roles[Int(random.next() % 4)], Int(random.next() % 7)]
          values += [text.joined(), start, start.map { $0 + 5 }]
          for _ in 0..<6 {
            let number = Int(random.next() % 1_000_000_000_000)
            values.append(random.next() % 9 == 0 ? -number : number)
          }
          try db.execute(
            sql: "INSERT INTO span VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: StatementArguments(values))
        }
        let json = try String.fetchOne(
          db,
          sql: """
            SELECT json_group_array(json_array(role, ordinal, text, textStart, textEnd, startByte, endByte, line,
              "column", endLine, endColumn)) FROM span
            """)!
        #expect(SpanRowsReader.rows(json) != nil, "\(json)")
        #expect(StoredClaim.spans(json) == StoredClaim.foundationSpans(json), "\(json)")
        compared += StoredClaim.spans(json).values.map(\.count).reduce(0, +)
        try db.execute(sql: "DROP TABLE span")
      }
    }
    #expect(compared > 300, "enough spans compared")
  }

  @Test("escapes, surrogate pairs and spacing read as JSON means them")
  func escapes() throws {
    let rows = try #require(SpanRowsReader.rows(#" [ ["a\u00e9\ud83d\ude00\"\\\/\b\f\n\r\t", -12, null] , [] ] "#))
    #expect(rows == [[.string("aé😀\"\\/\u{8}\u{C}\n\r\t"), .integer(-12), .null], []])
  }

  @Test("a U+FEFF inside a span's text is kept, as stored")
  func byteOrderMarkKept() throws {
    let rows = try #require(SpanRowsReader.rows("[[\"\u{FEFF}a\u{FEFF}\", \"\\ufeff\"]]"))
    #expect(rows == [[.string("\u{FEFF}a\u{FEFF}"), .string("\u{FEFF}")]])
  }

  @Test("anything but rows of strings, integers and nulls is left to Foundation's reader")
  func givesUp() {
    for text in [
      "[[1.5]]", "[[1e3]]", "[[true]]", "[[{}]]", "[1]", "[[1]", "[[1]] x", "[[\"a]]", "[[\"\\ud83d\"]]", "[[\"\\q\"]]",
      "[[-]]", "[[99999999999999999999]]", "[[\"\u{1}\"]]", "",
    ] {
      #expect(SpanRowsReader.rows(text) == nil, "\(text)")
    }
    let json = #"[["cue", 0, "said", 1.0, 5, 0, 4, 1, 1, 1, 5]]"#
    #expect(StoredClaim.spans(json) == StoredClaim.foundationSpans(json))
  }
}
