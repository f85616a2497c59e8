internal import VerbatimCore

/// A quote or claim found by a sieve, before its speaker is resolved: token ranges for the
/// content, the cue and the speaker as written.
struct Attribution: Sendable {
  var kind: QuoteKind
  var fragments: [TextRange]
  var cue: Range<Int>?
  var speaker: Range<Int>?
  var rule: String
  var confidence: Double
  /// The sentence the attribution was found in.
  var sentence: Int
}
