/// A sieve that links one quotation to a cue and a speaker mention, or leaves it to the next.
protocol QuotationSieve: Sendable {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution?
}

/// A sieve that runs right after a quotation is linked: it may widen the link (the second half
/// of a split quotation), take quotations that continue it, and add the links that follow.
protocol FollowUpSieve: Sendable {
  /// Returns links to add after `link`; `added` holds those the earlier follow-ups returned.
  func follow(_ link: inout Attribution, of quote: Int, after added: [Attribution], _ state: inout AttributionState)
    -> [Attribution]
}

/// A sieve that reads reported speech from one cue word of a sentence (a verb of saying or
/// thinking, or "according"), outside the quotations linked before.
protocol CueSieve: Sendable {
  /// The content, cue and speaker reported by the cue at `index`, or nil. `found` holds the
  /// sentence's reports so far.
  func report(
    at index: Int, classes: WordClass, found: [ReportedContent], in sentence: Range<Int>, sentenceIndex: Int,
    _ context: AttributionContext
  ) -> ReportedContent?
}

/// The sieves in the order they run, from the most precise to the most general, over one
/// shared `AttributionContext` (as in CoreNLP's quote attribution and multi-pass sieve
/// coreference). A later sieve never undoes an earlier link. `Attributor` runs them sentence by
/// sentence.
enum SieveOrder {
  /// 1. Each quotation of the sentence, in text order: the first of these that links it wins.
  static let quotations: [any QuotationSieve] = [
    QuoteCueSpeakerSieve(),
    ParticipleContinuationSieve(),
    CueBeforeQuoteSieve(),
    QuoteThenAttributionSieve(),
    QuoteThenSignatureSieve(),
    AttributionThenQuoteSieve(),
    ColonParagraphSieve(),
    SpeakerLabelColonSieve(),
  ]

  /// 2. Right after a quotation is linked, in this order.
  static let followUps: [any FollowUpSieve] = [
    SplitQuoteSieve(),
    FollowingQuotationsSieve(),
    ParticipleReportSieve(),
  ]

  /// 3. Reported speech in the rest of the sentence, cue word by cue word: the first of these
  /// that reports from a cue wins.
  static let cues: [any CueSieve] = [
    AccordingToSieve(),
    TrailingAttributionSieve(),
    ReportingClauseSieve(),
    PassiveReportSieve(),
  ]

  /// 4. Each quotation still unlinked: the first of these that links it wins.
  static let leftovers: [any QuotationSieve] = [
    CharacterizationSieve(),
    CoordinatedReportSieve(),
    SameSentenceSpeakerSieve(),
    ParagraphContinuationSieve(),
    SameParagraphSpeakerSieve(),
    UnattributedQuotationSieve(),
  ]
}
