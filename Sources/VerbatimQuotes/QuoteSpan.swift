internal import VerbatimCore

/// A quotation between marks: its content fragments (one per paragraph it runs through) and the
/// tokens of its opening and closing marks.
struct QuoteSpan: Sendable {
  var openToken: Int
  var closeToken: Int
  var fragments: [TextRange]
  var isSingle: Bool
  /// Tokens strictly between the marks.
  var inner: Range<Int> { openToken + 1..<closeToken }
}
