internal import VerbatimCore

/// Finds quotes and reported speech sentence by sentence by running the sieves of `SieveOrder`
/// over one `AttributionContext`: each quotation of the sentence through the quotation sieves
/// (the first that links it wins) and the follow-ups of its link; then the cue sieves over the
/// words no quotation's attribution used; then the leftover sieves over quotations still
/// unlinked. Scare quotes (a few words in marks with no cue) are left out.
struct Attributor {
  let context: AttributionContext

  init(document: Document, tokens: TokenList) {
    context = AttributionContext(document: document, tokens: tokens)
  }

  var sentences: [Range<Int>] { context.sentences }
  var phrases: PhraseFinder { context.phrases }
  var owner: TokenIndexTable { context.owner }

  /// Blocks whose words are never quotes.
  static let notReporting: Set<BlockKind> = [.heading, .caption, .listItem]

  /// Written sentences hold a few reported clauses at most; a text that strings together
  /// hundreds would otherwise give each one the rest of the sentence.
  static let mostReportedPerSentence = 4

  func attribute() -> [Attribution] {
    var state = AttributionState(context: context)
    let blocks = context.document.blocks
    for index in context.sentences.indices {
      // Headlines, captions and list items are the page's furniture, not reporting: nothing in
      // them is a quote (a headline's quotation is said again, attributed, in the story).
      let block = context.tokens.block(at: context.sentences[index].lowerBound)
      if block < blocks.count, Self.notReporting.contains(blocks[block].kind) { continue }
      state.begin(sentence: index)
      linkQuotations(&state)
      readReportedSpeech(&state)
      for quote in state.quotes where !state.consumed[quote] {
        guard let link = Self.firstLink(of: quote, by: SieveOrder.leftovers, &state) else { continue }
        state.consumed[quote] = true
        state.append(link)
      }
    }
    return state.results.sorted { ($0.fragments.first?.lowerBound ?? 0) < ($1.fragments.first?.lowerBound ?? 0) }
  }

  private static func firstLink(of quote: Int, by sieves: [any QuotationSieve], _ state: inout AttributionState)
    -> Attribution?
  {
    for sieve in sieves {
      if let link = sieve.link(quote, &state) { return link }
    }
    return nil
  }

  /// Quotations and the cues around them, then what follows each link.
  private func linkQuotations(_ state: inout AttributionState) {
    for quote in state.quotes where !state.consumed[quote] {
      guard var link = Self.firstLink(of: quote, by: SieveOrder.quotations, &state) else { continue }
      state.consumed[quote] = true
      var added: [Attribution] = []
      for sieve in SieveOrder.followUps { added += sieve.follow(&link, of: quote, after: added, &state) }
      if let cue = link.cue {
        state.usedCues.formUnion(cue)
        state.lastUsedCue = max(state.lastUsedCue, cue.upperBound - 1)
      }
      state.attributedUpTo = max(
        state.attributedUpTo, context.spans[quote].closeToken + 1, link.cue?.upperBound ?? 0,
        link.speaker?.upperBound ?? 0)
      state.append(link)
      for follower in added { state.append(follower) }
      state.previousInSentence = link
    }
  }

  /// Reported speech, with any quotation inside it (mixed), where no quotation was attributed;
  /// a sentence may hold several ("X said that Y believes Z"). Not where the sentence is the
  /// attribution of the quotation before it (“Why?” she asked …). After attributed quotations,
  /// the rest of the sentence may report more: “…,” Varga said, after the treasurer said the
  /// fund was empty.
  private func readReportedSpeech(_ state: inout AttributionState) {
    let sentence = state.sentence
    let unread = state.usedCues.isEmpty ? sentence.lowerBound : state.attributedUpTo
    guard state.lastUsedCue < unread && sentence.upperBound - unread >= 4 else { return }
    for reported in reportedSpeech(
      in: unread..<sentence.upperBound, sentenceIndex: state.sentenceIndex, skipping: state.usedCues)
    {
      for quote in state.quotes where !state.consumed[quote] && reported.covers(context.spans[quote]) {
        state.consumed[quote] = true
      }
      state.append(reported.attribution)
    }
  }

  private func reportedSpeech(in sentence: Range<Int>, sentenceIndex: Int, skipping used: Set<Int>)
    -> [ReportedContent]
  {
    let tokens = context.tokens
    // "…, the audit found.": an attribution closing the sentence speaks for all of it.
    let end = context.contentEnd(of: sentence)
    if end - 1 > sentence.lowerBound, case let last = end - 1, tokens[last].isWord, tokens[last].classes.isCue,
      !used.contains(last), context.owner[last] < 0,
      let trailing = context.trailingAttribution(
        cue: last, in: sentence, end: end, sentenceIndex: sentenceIndex,
        strong: tokens[last].classes.contains(.strongCue))
    {
      return [trailing]
    }
    var found: [ReportedContent] = []
    for index in sentence where tokens.kind(at: index) == .word && context.owner[index] < 0 {
      // Only word classes are read here until a cue or "according" turns up.
      let classes = tokens.classes(at: index)
      guard classes.isCue || classes.contains(.according), !used.contains(index) else { continue }
      for sieve in SieveOrder.cues {
        guard
          let reported = sieve.report(
            at: index, classes: classes, found: found, in: sentence, sentenceIndex: sentenceIndex, context)
        else { continue }
        found.append(reported)
        break
      }
      if found.count == Self.mostReportedPerSentence { break }
    }
    // "Varga, who said she votes, said …": the main clause's cue wins over a relative clause's.
    if found.count > 1 {
      let isRelative = { (reported: ReportedContent) -> Bool in
        guard let speaker = reported.attribution.speaker, speaker.count == 1 else { return false }
        return Lexicon.relativePronouns.contains(tokens[speaker.lowerBound].lower)
      }
      if found.contains(where: { !isRelative($0) }) { found.removeAll(where: isRelative) }
    }
    return found
  }
}
