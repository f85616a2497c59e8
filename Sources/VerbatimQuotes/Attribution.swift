internal import VerbatimCore

/// A quote or claim found by a sieve, before its speaker is resolved: token ranges for the
/// content, the cue and the speaker as written.
struct Attribution: Sendable {
  var kind: QuoteKind
  var fragments: [TextRange]
  var cue: Range<Int>?
  var speaker: Range<Int>?
  /// The sieve that made the link.
  var sieve: QuoteSieve
  var confidence: Double
  /// The sentence the attribution was found in.
  var sentence: Int
}

/// Reported content found by a cue sieve: the link, and the tokens of what was said.
struct ReportedContent {
  var attribution: Attribution
  var content: Range<Int>
  func covers(_ span: QuoteSpan) -> Bool { content.contains(span.openToken) }
}

extension QuoteSieve {
  /// Whether a quotation opening a later paragraph may continue this link's speaker: a link
  /// made at a quotation, not inside reported speech or a label.
  var continuesSpeaker: Bool {
    switch self {
    case .quoteCueSpeaker, .leadInQuoteCueSpeaker, .splitQuote, .quoteThenAttribution, .quoteThenSignature,
      .attributionThenQuote, .colonParagraph, .colonParagraphSubject, .colonCue, .speakerCueQuote,
      .speakerLabelColon, .participleContinuation, .followsMixed, .paragraphContinuation:
      return true
    default:
      return false
    }
  }
}
