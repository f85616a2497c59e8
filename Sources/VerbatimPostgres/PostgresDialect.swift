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

  func claimsHolding(_ words: [String], limit: Int, ordered: Bool) -> SQL {
    // Each word one lexeme, quoted: folded words hold letters, digits and decimal points only.
    let query = words.map { "'\($0)'" }.joined(separator: " & ")
    return "SELECT id FROM claim WHERE fts @@ \(query)::tsquery\(raw: ordered ? " ORDER BY id" : "") LIMIT \(limit)"
  }

  /// The counts the `claim_word` table keeps (a GIN index cannot count without visiting every
  /// claim it lists).
  func claimCounts(_ words: [String], cap: Int) -> SQL {
    "SELECT word AS term, least(claims, \(cap)) AS claims FROM claim_word WHERE word\(in: words)"
  }

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
