import VerbatimGraph

/// PostgreSQL's way: full text through a `tsvector` of the claim's own folded words (no parser,
/// no stemming, so a word matches exactly as SQLite's FTS5 matches it), `json_agg` for spans, `ILIKE`.
struct PostgresDialect: SQLDialect {
  var claimSpansJSON: String {
    """
    json_agg(json_build_array(role, ordinal, text, textStart, textEnd, startByte, endByte, line, "column", endLine, endColumn))::text
    """
  }

  var caseInsensitiveLike: String { "ILIKE" }

  /// The protocol counts arguments in 16 bits.
  var maxArguments: Int { 65535 }

  /// Two ways to the first claims holding the words: read the GIN index's entries of the words
  /// whole and sort what they share (cost: the rarest word's claims), or walk the claims in id
  /// order testing each until `limit` match (cost: the claims walked, all of them when fewer
  /// match). The planner guesses from sampled statistics and, for words that are common alone
  /// but rare together, walked a million claims; the kept counts decide instead: the index
  /// when the rarest word is held by at most `indexReadLimit` claims (an `OFFSET 0` subquery
  /// keeps the planner from walking), else the walk, which then finds its matches soon.
  func claimsHolding(_ words: [String], limit: Int, fewest: Int) -> SQL {
    // Each word one lexeme, quoted: folded words hold letters, digits and decimal points only.
    let query = words.map { "'\($0)'" }.joined(separator: " & ")
    if fewest <= Self.indexReadLimit {
      return
        "SELECT id FROM (SELECT id FROM claim WHERE fts @@ \(query)::tsquery OFFSET 0) AS holding ORDER BY id LIMIT \(limit)"
    }
    return "SELECT id FROM claim WHERE fts @@ \(query)::tsquery ORDER BY id LIMIT \(limit)"
  }

  /// Up to this many claims, reading a word's index entry and sorting costs less than a walk.
  static let indexReadLimit = 20_000

  /// The claim's `fts` column is PostgreSQL's own index, kept by a trigger: not copied.
  func columns(of table: String) -> SQL {
    """
    SELECT column_name::text FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = \(table) AND column_name <> 'fts' ORDER BY ordinal_position
    """
  }

  /// Without statistics the planner guesses every word equally common and reads a common word's
  /// whole index entry (a second, not milliseconds, at a million claims); autovacuum would
  /// gather them only a minute or more after the copy commits.
  func refreshStatistics(of tables: [String]) -> SQL? { "ANALYZE \(raw: tables.joined(separator: ", "))" }

  /// For each fingerprint, its latest claims read backwards from the primary key's end and no
  /// further (`LIMIT` inside a lateral join), so a common phrase costs what a rare one does.
  /// The fingerprints are integers, written into the statement as they are.
  func claimsSharing(_ fingerprints: [Int64], perFingerprint: Int) -> SQL {
    let list = fingerprints.map(String.init).joined(separator: ",")
    return """
      SELECT f.claimID FROM unnest(ARRAY[\(raw: list)]::bigint[]) AS j(fingerprint)
      CROSS JOIN LATERAL (
        SELECT claimID FROM claim_fingerprint WHERE fingerprint = j.fingerprint
        ORDER BY claimID DESC LIMIT \(perFingerprint)
      ) AS f
      """
  }
}
