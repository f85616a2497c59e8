import GRDB

/// How many claims hold each folded word, in SQLite's `claim_word` table, as PostgreSQL's twin
/// keeps them: a search starts from its rarest words and reads their counts here (one index
/// lookup a word) instead of walking each word's FTS5 entry up to a cap, which cost more than
/// the rest of the search and could not tell two common words apart. A claim's words are its
/// `normalized` text split at spaces, each counted once a claim.
enum SQLiteWordCounts {
  /// A table of the words of a claim's folded text (`claim`, an expression), one a row in
  /// `value`: the text made into a JSON array (a folded word holds no space, and `json_quote`
  /// escapes whatever else JSON would not take).
  static func words(of claim: String) -> String {
    "json_each('[' || replace(json_quote(\(claim)), ' ', '\",\"') || ']')"
  }

  /// Adds the words of the claims `condition` selects (a condition on claim `c`) to the
  /// counts: one statement.
  static func add(where condition: SQL) -> SQL {
    """
    INSERT INTO claim_word(word, claims)
    SELECT word, count(*) FROM (
      SELECT DISTINCT c.id, w.value AS word FROM claim AS c, \(raw: words(of: "c.normalized")) AS w
      WHERE \(condition) AND w.value <> ''
    ) WHERE true GROUP BY word
    ON CONFLICT(word) DO UPDATE SET claims = claims + excluded.claims
    """
  }

  /// The table, its counts of the claims already stored, and triggers that follow a claim's
  /// deletion or a change of its words (ingest and `store copy` count whole documents and
  /// tables, in `SQLiteDialect`).
  static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE claim_word (
          word TEXT PRIMARY KEY NOT NULL,
          claims INTEGER NOT NULL
        ) WITHOUT ROWID;
        \(add(where: "true").description);
        CREATE TRIGGER claim_word_deleted AFTER DELETE ON claim BEGIN
          UPDATE claim_word SET claims = claims - 1 WHERE word IN (SELECT value FROM \(words(of: "old.normalized")));
        END;
        CREATE TRIGGER claim_word_changed AFTER UPDATE OF normalized ON claim
        WHEN old.normalized IS NOT new.normalized BEGIN
          UPDATE claim_word SET claims = claims - 1 WHERE word IN (SELECT value FROM \(words(of: "old.normalized")));
          INSERT INTO claim_word(word, claims)
            SELECT DISTINCT value, 1 FROM \(words(of: "new.normalized")) WHERE value <> ''
            ON CONFLICT(word) DO UPDATE SET claims = claims + 1;
        END;
        """)
  }
}
