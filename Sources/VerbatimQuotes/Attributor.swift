internal import VerbatimCore

/// Finds quotes and reported speech sentence by sentence, through an ordered list of named
/// sieves: a quotation with its cue after it ("…,” he said), with the writer's words that lead
/// into it (mixed), after a cue and a colon (spokesperson said: “…”), after a sentence of speaker
/// and cue (Smith agreed. “…”), split around its cue (“A,” he said, “B.”), after a participle
/// cue (…, adding, “…”), signed after a dash (“…” ― Tomas Reyes), inside reported speech
/// (mixed), reported speech alone (X said that …; …, X said; according to X, …), a quotation
/// later in a sentence whose speaker is named before it, a quotation that continues the previous
/// paragraph's speaker, and an unattributed quotation. Scare quotes (a few words in marks with no
/// cue) are left out.
struct Attributor {
  let document: Document
  let tokens: TokenList
  let spans: [QuoteSpan]
  let owner: TokenIndexTable
  let sentences: [Range<Int>]
  let phrases: PhraseFinder

  init(document: Document, tokens: TokenList) {
    self.document = document
    self.tokens = tokens
    var finder = QuoteSpanFinder(tokens: tokens)
    let found = finder.find()
    spans = found.spans
    owner = found.owner
    sentences = SentenceSplitter.split(tokens, owner: owner)
    phrases = PhraseFinder(tokens: tokens, owner: owner)
  }

  func attribute() -> [Attribution] {
    var results: [Attribution] = []
    var consumed = Array(repeating: false, count: spans.count)
    var lastDirect: Attribution?
    // The last result with a speaker, found by scanning each result once (results only grow).
    var lastSpoken: Int?
    var scanned = 0
    var nextSpan = 0
    // The last cue token a quotation used; a quotation may use the next sentence's cue.
    var lastUsedCue = -1
    for (sentenceIndex, sentence) in sentences.enumerated() {
      // Quotations opening in this sentence (spans are in text order).
      while nextSpan < spans.count && spans[nextSpan].openToken < sentence.lowerBound { nextSpan += 1 }
      var quotes: [Int] = []
      var probe = nextSpan
      while probe < spans.count && spans[probe].openToken < sentence.upperBound {
        quotes.append(probe)
        probe += 1
      }
      var usedCues = Set<Int>()
      let sentenceResults = results.count
      // Quotations and the cues around them.
      var previousInSentence: Attribution?
      // Where the attributed quotations and their attributions end in this sentence.
      var attributedUpTo = sentence.lowerBound
      for quote in quotes where !consumed[quote] {
        guard
          var found = attributeQuotation(quote, in: sentence, sentenceIndex: sentenceIndex)
            ?? previousInSentence.flatMap({ participleContinuation(quote, after: $0, sentenceIndex: sentenceIndex) })
        else { continue }
        defer { previousInSentence = found }
        consumed[quote] = true
        if let split = splitContinuation(after: found, quote: quote, in: sentence), !consumed[split] {
          consumed[split] = true
          attributedUpTo = max(attributedUpTo, spans[split].closeToken + 1)
          found.fragments += spans[split].fragments
          found.rule = "split-quote"
        }
        if let cue = found.cue {
          usedCues.formUnion(cue)
          lastUsedCue = max(lastUsedCue, cue.upperBound - 1)
        }
        attributedUpTo = max(
          attributedUpTo, spans[quote].closeToken + 1, found.cue?.upperBound ?? 0, found.speaker?.upperBound ?? 0)

        // Quotations that follow in the next sentences of the paragraph, with no cue of their own,
        // continue the same saying: “A,” Clinton said on Thursday. “B.”
        // After mixed content they are quotes of their own by the same speaker.
        var next = sentenceIndex + 1
        var following: [Attribution] = []
        while next < sentences.count, case let follow = owner[sentences[next].lowerBound], follow >= 0,
          spans[follow].openToken == sentences[next].lowerBound,
          !consumed[follow], tokens[spans[follow].openToken].block == tokens[spans[quote].closeToken].block,
          spans[follow].closeToken >= sentences[next].upperBound - 2
        {
          consumed[follow] = true
          if found.kind == .direct {
            found.fragments += spans[follow].fragments
          } else {
            following.append(
              Attribution(
                kind: .direct, fragments: spans[follow].fragments, cue: nil, speaker: found.speaker,
                rule: "follows-mixed", confidence: 0.7, sentence: next))
          }
          next += 1
        }
        results.append(found)
        results += following
        lastDirect = following.last ?? found
        // “…,” she said, arguing that …: reported speech by the same speaker after the attribution.
        if following.isEmpty, let report = participleReport(after: found) {
          for index in report.content where owner[index] >= 0 && spans[owner[index]].openToken == index {
            consumed[owner[index]] = true
          }
          results.append(report.attribution)
          attributedUpTo = max(attributedUpTo, report.content.upperBound)
        }
      }
      // Reported speech, with any quotation inside it (mixed), where no quotation was attributed;
      // a sentence may hold several ("X said that Y believes Z").
      // (Not where the sentence is the attribution of the quotation before it: “Why?” she asked …)
      // After attributed quotations, the rest of the sentence may report more: “…,” Ruiz said,
      // after the mayor said the depot would close.
      let unread = usedCues.isEmpty ? sentence.lowerBound : attributedUpTo
      if lastUsedCue < unread && sentence.upperBound - unread >= 4 {
        for reported in reportedSpeech(
          in: unread..<sentence.upperBound, sentenceIndex: sentenceIndex, skipping: usedCues)
        {
          for quote in quotes where !consumed[quote] && reported.covers(spans[quote]) { consumed[quote] = true }
          results.append(reported.attribution)
        }
      }
      // Quotations left: a paragraph continuing the last speaker, or an unattributed quotation.
      for quote in quotes where !consumed[quote] {
        let span = spans[quote]
        if let labelled = characterization(span, in: sentence, sentenceIndex: sentenceIndex) {
          consumed[quote] = true
          results.append(labelled)
          continue
        }
        let words = span.inner.reduce(0) { $0 + (tokens.kind(at: $1) == .word ? 1 : 0) }
        let opensParagraph = span.openToken == 0 || tokens[span.openToken - 1].block != tokens[span.openToken].block
        let ownCue = hasOwnCue(span, in: sentence)
        // Later in a sentence whose speaker is named before it: “…,” Dana Whitfield said, pointing
        // to the fences and adding, “…” / The mayor said the depot would close -- ''for good …''
        if !ownCue, words >= 3 || endsInPunctuation(span),
          let earlier = results[sentenceResults...].last(where: {
            $0.speaker != nil && ($0.cue?.upperBound ?? Int.max) <= span.openToken
          }),
          // Not in a clause about someone else: "… Pike, who was suspended after he used the phrase “…”".
          let cue = earlier.cue,
          !(cue.upperBound..<span.openToken).contains(where: { Self.otherClauseWords.contains(tokens[$0].lower) })
        {
          consumed[quote] = true
          // "… called the plan “a farce” and ranked its author among the “worst in years”": the
          // speaker's next deed, with the quotation in it.
          if let verb = coordinatedVerb(before: span.openToken, after: cue.upperBound) {
            let last = wordsAfter(span, in: sentence) ?? span.closeToken + 1
            results.append(
              Attribution(
                kind: .mixed, fragments: [textRange(verb + 1..<last)], cue: verb..<verb + 1, speaker: earlier.speaker,
                rule: "coordinated-report", confidence: 0.55, sentence: sentenceIndex))
            continue
          }
          results.append(
            Attribution(
              kind: .direct, fragments: span.fragments, cue: nil, speaker: earlier.speaker,
              rule: "same-sentence-speaker", confidence: 0.6, sentence: sentenceIndex))
          continue
        }
        if opensParagraph, let previous = lastDirect, previous.speaker != nil,
          tokens[span.openToken].block - blockOf(previous) <= 2, !ownCue
        {
          consumed[quote] = true
          let found = Attribution(
            kind: .direct, fragments: span.fragments, cue: nil, speaker: previous.speaker,
            rule: "paragraph-continuation", confidence: 0.75, sentence: sentenceIndex)
          results.append(found)
          lastDirect = found
        } else if ownCue && endsInPunctuation(span) || words >= 5 && !span.isSingle || words >= 8 {
          consumed[quote] = true
          // The speaker of the paragraph so far, when one was named in it.
          let block = tokens[span.openToken].block
          while scanned < results.count {
            if results[scanned].speaker != nil { lastSpoken = scanned }
            scanned += 1
          }
          if !ownCue, let spoken = lastSpoken, case let previous = results[spoken], blockOf(previous) == block,
            previous.sentence < sentenceIndex
          {
            results.append(
              Attribution(
                kind: .direct, fragments: span.fragments, cue: nil, speaker: previous.speaker,
                rule: "same-paragraph-speaker", confidence: 0.45, sentence: sentenceIndex))
          } else {
            results.append(
              Attribution(
                kind: .direct, fragments: span.fragments, cue: nil, speaker: nil, rule: "unattributed-quotation",
                confidence: 0.3, sentence: sentenceIndex))
          }
        }
      }
    }
    return results.sorted { ($0.fragments.first?.lowerBound ?? 0) < ($1.fragments.first?.lowerBound ?? 0) }
  }

  /// Whether a cue follows the quotation closely (“…,” said 9/11 survivor Ana Ruiz), even one
  /// whose speaker was not made out: the quotation is someone's, but not the previous speaker's.
  private func hasOwnCue(_ span: QuoteSpan, in sentence: Range<Int>) -> Bool {
    (span.closeToken + 1..<min(sentence.upperBound, span.closeToken + 8)).contains {
      tokens[$0].isWord && tokens[$0].classes.contains(.strongCue) && owner[$0] < 0
        && isVerbUse($0, lower: span.closeToken + 1)
    }
  }

  /// Words that open a clause about someone else between a cue and a later quotation.
  static let otherClauseWords: Set<String> = ["who", "whom", "whose"]

  /// The punctuation that ends the quotation's words inside its marks, past nested closing
  /// marks (“… bro,’”), if they end in punctuation.
  private func closingPunctuation(of span: QuoteSpan) -> String? {
    guard let last = span.inner.last(where: { !tokens[$0].kind.isMark }), tokens[last].kind == .punctuation else {
      return nil
    }
    return tokens[last].lower
  }

  /// Whether the quotation's words end in punctuation inside its marks (“They are wrong,”).
  private func endsInPunctuation(_ span: QuoteSpan) -> Bool {
    closingPunctuation(of: span).map { [",", ".", "!", "?"].contains($0) } == true
  }

  private func blockOf(_ attribution: Attribution) -> Int {
    tokens[sentences[attribution.sentence].lowerBound].block
  }

  // MARK: - Quotations

  /// A quotation whose cue stands right after it, or right before it with a colon or comma.
  private func attributeQuotation(_ quote: Int, in sentence: Range<Int>, sentenceIndex: Int) -> Attribution? {
    let span = spans[quote]
    // After: “…,” he said / “…,” said Mr Ali / ‘…’, Smith told the BBC. The quotation must end
    // in punctuation, inside or just after its mark, or it is a scare quote ('offensive' claims).
    var index = span.closeToken + 1
    while index < sentence.upperBound, tokens[index].kind == .punctuation,
      [",", "—", "–"].contains(tokens[index].lower)
    {
      index += 1
    }
    let closing = closingPunctuation(of: span)
    let punctuated =
      index > span.closeToken + 1 || closing.map { [",", ".", "!", "?", "…", "—", "–"].contains($0) } == true
    if punctuated, let (cue, speaker) = cueAndSpeaker(startingAt: index, upper: sentence.upperBound),
      !reportsClause(cue: cue, speaker: speaker, upper: sentence.upperBound)
    {
      // "Nothing the president said “will assuage people's fears,” he said": the writer's words
      // that lead into the quotation are part of what was said. The lead is walked back from the
      // quotation and stops at another quotation or a comma, so a sentence of many is read once.
      var leadStart = span.openToken
      // “…” right after a comma is introduced there ("Speaking on the radio, “…,” she said").
      let introduced = leadStart > sentence.lowerBound && tokens[leadStart - 1].lower == ","
      while !introduced, leadStart > sentence.lowerBound, owner[leadStart - 1] < 0,
        span.openToken - leadStart < Self.longestLead,
        ![":", "—", "–", "-", "--"].contains(tokens[leadStart - 1].lower)
      {
        leadStart -= 1
      }
      let lead = (leadStart..<span.openToken).filter { tokens[$0].isWord }
      // "After the vote in May, the party “…”": an opening phrase before a clause of its own.
      let introducedAcrossComma = (leadStart..<span.openToken).contains { tokens[$0].lower == "," }
      if leadStart == sentence.lowerBound, lead.count >= 2, case let first = tokens[lead[0]],
        !first.classes.contains(.preposition) || introducedAcrossComma,
        !first.lower.endsWith("ing") || introducedAcrossComma
          || ["nothing", "something", "anything", "everything"].contains(first.lower),
        introducedAcrossComma && first.lower != "asked"
          || !["asked", "when", "after", "although", "while", "as", "if", "before", "since", "though"].contains(
            first.lower)
      {
        // "DuVernay said she felt … because “…,” she said": what was said follows the lead's own cue.
        var start = sentence.lowerBound
        if let said = lead.last(where: {
          tokens[$0].classes.contains(.strongCue) && isVerbUse($0, lower: sentence.lowerBound)
        }) {
          start = said + 1
          while start < span.openToken, [",", "that"].contains(tokens[start].lower) { start += 1 }
        }
        let content = start..<span.closeToken + 1
        return Attribution(
          kind: .mixed, fragments: [textRange(content)], cue: cue, speaker: speaker, rule: "lead-in-quote-cue-speaker",
          confidence: 0.8, sentence: sentenceIndex)
      }
      return Attribution(
        kind: .direct, fragments: span.fragments, cue: cue, speaker: speaker, rule: "quote-cue-speaker",
        confidence: 0.95, sentence: sentenceIndex)
    }
    // The next sentence may be the attribution alone: “… done.” Smith said. After a question or
    // an exclamation the attribution opens a sentence of any length: “Why?” the mayor asked reporters …
    if index >= sentence.upperBound, sentenceIndex + 1 < sentences.count {
      let next = sentences[sentenceIndex + 1]
      let asked = closing == "?" || closing == "!"
      if next.count <= 10 || asked, tokens[next.lowerBound].block == tokens[span.closeToken].block,
        let (cue, speaker) = cueAndSpeaker(startingAt: next.lowerBound, upper: next.upperBound),
        !next.contains(where: { owner[$0] >= 0 })
      {
        return Attribution(
          kind: .direct, fragments: span.fragments, cue: cue, speaker: speaker, rule: "quote-then-attribution",
          confidence: 0.85, sentence: sentenceIndex)
      }
    }
    // A quotation signed after a dash: “…” ― Tomas Reyes. / “…” ⏎ — Lena Ortiz, Leith.
    if let (dash, upper) = signatureDash(after: span.closeToken, sentenceIndex: sentenceIndex),
      let speaker = phrases.object(from: dash + 1, upper: upper), tokens[speaker.lowerBound].isCapitalized,
      // The signature is the name alone, or the name and a comma ("Lena Ortiz, Leith").
      speaker.upperBound >= upper || owner[speaker.upperBound] >= 0
        || [",", ".", "("].contains(tokens[speaker.upperBound].lower)
    {
      return Attribution(
        kind: .direct, fragments: span.fragments, cue: dash..<dash + 1, speaker: speaker,
        rule: "quote-then-signature", confidence: 0.8, sentence: sentenceIndex)
    }
    // The sentence before may be the attribution alone: Helen Marlow agreed. “Mainstream …”
    if span.openToken == sentence.lowerBound, sentenceIndex > 0 {
      let previous = sentences[sentenceIndex - 1]
      let end = contentEnd(of: previous)
      if previous.count <= 10, tokens[previous.lowerBound].block == tokens[span.openToken].block,
        !previous.contains(where: { owner[$0] >= 0 }),
        let cue = (previous.lowerBound..<end).last(where: { tokens[$0].isWord && tokens[$0].classes.isCue }),
        cue + 1 == end || trailingOnly(from: cue + 1, to: end),
        let speaker = phrases.subject(before: cue, lower: previous.lowerBound),
        speaker.lowerBound == previous.lowerBound
      {
        return Attribution(
          kind: .direct, fragments: span.fragments, cue: cue..<cue + 1, speaker: speaker,
          rule: "attribution-then-quote", confidence: 0.75, sentence: sentenceIndex)
      }
    }
    // A paragraph that ends with a colon introduces the quotation that opens the next one:
    // "Cruz continued:" ⏎ “You look at the questions …”
    if let introduced = colonIntroducedParagraph(quote, sentenceIndex: sentenceIndex) { return introduced }
    // Before: Smith said: “…” / A party spokesperson said, “…” / Mr Ali: “…”
    let open = span.openToken
    guard open - 1 >= sentence.lowerBound else { return nil }
    let before = tokens[open - 1]
    guard before.kind == .punctuation, before.lower == ":" || before.lower == "," else { return nil }
    let cueEnd = open - 1
    if let cue = cueEnding(at: cueEnd - 1, lower: sentence.lowerBound),
      let speaker = speakerBefore(cue: cue, lower: sentence.lowerBound)
    {
      let rule = before.lower == ":" ? "colon-cue" : "speaker-cue-quote"
      // Smith said, “…” from the start: the writer's words after it belong to what was said.
      if let last = wordsAfter(span, in: sentence) {
        return Attribution(
          kind: .mixed, fragments: [textRange(open..<last)], cue: cue, speaker: speaker, rule: rule,
          confidence: 0.85, sentence: sentenceIndex)
      }
      return Attribution(
        kind: .direct, fragments: span.fragments, cue: cue, speaker: speaker, rule: rule, confidence: 0.95,
        sentence: sentenceIndex)
    }
    if before.lower == ":", let speaker = phrases.subject(before: cueEnd, lower: sentence.lowerBound),
      speaker.contains(where: { tokens[$0].isCapitalized && !tokens[$0].classes.contains(.notName) })
    {
      return Attribution(
        kind: .direct, fragments: span.fragments, cue: cueEnd..<cueEnd + 1, speaker: speaker,
        rule: "speaker-label-colon", confidence: 0.8, sentence: sentenceIndex)
    }
    return nil
  }

  /// The most tokens walked back from a quotation to the start of its sentence for a lead-in.
  static let longestLead = 60

  /// “Morning Hour,” host Ana Ruiz said her guest …: a cue followed by a clause of its own
  /// reports that clause; the quotation before it is a title or a name, not what was said.
  private func reportsClause(cue: Range<Int>, speaker: Range<Int>, upper: Int) -> Bool {
    guard speaker.upperBound <= cue.lowerBound, cue.upperBound < upper, tokens[cue.upperBound].isWord,
      !CueLexicon.takesHearer.contains(tokens[cue.lowerBound].lower)
    else { return false }
    return ["that", "his", "her", "their", "its", "he", "she", "they", "we"].contains(tokens[cue.upperBound].lower)
  }

  /// Where the writer's words that carry on a quotation's clause end (“…” from the start,
  /// “…” on how many …), or nil when the quotation ends its clause or its own sentence. The
  /// words stop before the next quotation.
  private func wordsAfter(_ span: QuoteSpan, in sentence: Range<Int>) -> Int? {
    let end = contentEnd(of: sentence)
    let next = span.closeToken + 1
    guard next < end, owner[next] < 0, tokens[next].isWord, !tokens[next].isCapitalized,
      !["and", "or", "but"].contains(tokens[next].lower),
      closingPunctuation(of: span).map({ [".", "!", "?", ","].contains($0) }) != true
    else { return nil }
    var last = max(next, clauseEnd(from: span.openToken, to: end))
    if let quotation = (next..<last).first(where: { owner[$0] >= 0 }) { last = quotation }
    while last > next, !tokens[last - 1].isWord || Self.prepositions.contains(tokens[last - 1].lower) { last -= 1 }
    // “…” to canvassers, “…” to the crowd: a hearer, not more of what was said.
    if tokens[next].lower == "to", last - next <= 3, next + 1 < last, case let hearer = tokens[next + 1],
      hearer.isCapitalized || hearer.lower.endsWith("s") || hearer.classes.contains(.determiner)
        || hearer.classes.contains(.pronoun)
    {
      return nil
    }
    return last > next ? last : nil
  }

  /// Dashes, a spaced hyphen among them, that set off a quotation's signature.
  static let signatureDashes: Set<String> = ["-", "—", "–", "―", "--"]

  /// The dash that signs a quotation, right after it (past its full stop) or opening the next
  /// paragraph, and where the signature's sentence ends.
  private func signatureDash(after close: Int, sentenceIndex: Int) -> (dash: Int, upper: Int)? {
    var dash = close + 1
    while dash < tokens.count, [".", ","].contains(tokens[dash].lower), owner[dash] < 0 { dash += 1 }
    guard dash < tokens.count, Self.signatureDashes.contains(tokens[dash].lower), owner[dash] < 0,
      tokens[dash].block - tokens[close].block <= 1,
      let sentence = sentences[sentenceIndex...].prefix(3).first(where: { $0.contains(dash) })
    else { return nil }
    return (dash, sentence.upperBound)
  }

  /// “A,” she said, adding, “B.”: a quotation after a participle cue with no subject of its own
  /// continues the speaker of the sentence's previous quotation.
  private func participleContinuation(_ quote: Int, after previous: Attribution, sentenceIndex: Int)
    -> Attribution?
  {
    let open = spans[quote].openToken
    guard let speaker = previous.speaker, open >= 2, [",", ":"].contains(tokens[open - 1].lower),
      case let cue = open - 2, isParticipleCue(cue),
      cue > 0, [",", "and"].contains(tokens[cue - 1].lower) || owner[cue - 1] >= 0
    else { return nil }
    return Attribution(
      kind: .direct, fragments: spans[quote].fragments, cue: cue..<cue + 1, speaker: speaker,
      rule: "participle-continuation", confidence: 0.8, sentence: sentenceIndex)
  }

  /// “…,” she said, arguing that the plan “would never pass” / “…,” said Ruiz, who said …: what
  /// a participle cue, or a relative clause's cue, right after a quotation's attribution reports.
  /// A quotation after a participle is left to `participleContinuation`.
  private func participleReport(after found: Attribution) -> Reported? {
    guard var speaker = found.speaker, let foundCue = found.cue,
      // The attribution may be the next sentence: “Why?” she asked the crowd, adding that …
      let sentenceIndex = (found.sentence..<min(sentences.count, found.sentence + 2)).first(where: {
        sentences[$0].contains(foundCue.lowerBound)
      })
    else { return nil }
    let sentence = sentences[sentenceIndex]
    let resume = max(foundCue.upperBound, speaker.upperBound)
    let end = contentEnd(of: sentence)
    // Past words about the saying: "she said at a rally in Leeds, adding that …".
    guard resume < end,
      let comma = (resume..<min(end, resume + 12)).first(where: {
        tokens[$0].lower == "," || owner[$0] >= 0 || !tokens[$0].isWord && tokens[$0].kind != .number
      }),
      comma + 2 < end, tokens[comma].lower == ",", owner[comma] < 0
    else { return nil }
    var cue = comma + 1
    if tokens[cue].lower == "who" {
      speaker = cue..<cue + 1
      cue += 1
      while cue < end, tokens[cue].isWord, tokens[cue].classes.contains(.skippable) { cue += 1 }
      guard cue < end, tokens[cue].isWord, tokens[cue].classes.isCue, isFinite(tokens[cue].lower) else { return nil }
    } else {
      guard isParticipleCue(cue) else { return nil }
    }
    var start = cue + 1
    if start < end, tokens[start].lower == "that" { start += 1 }
    guard start < end, owner[start] < 0 || spans[owner[start]].openToken != start else { return nil }
    let clause = clauseEnd(from: start, to: end)
    guard clause - start >= 3 else { return nil }
    let content = start..<clause
    let kind = kind(of: content)
    return Reported(
      attribution: Attribution(
        kind: kind, fragments: [textRange(content)], cue: cue..<cue + 1, speaker: speaker,
        rule: "participle-report", confidence: 0.7, sentence: sentenceIndex),
      content: content)
  }

  /// "Ana Ruiz has been steadily pounding the mayor as a “fraud”": someone labelled in the
  /// quotation's words by the subject of the verb before them (any verb: the label is the saying).
  private func characterization(_ span: QuoteSpan, in sentence: Range<Int>, sentenceIndex: Int) -> Attribution? {
    var label = span.openToken - 1
    if label > sentence.lowerBound, ["a", "an", "the"].contains(tokens[label].lower) { label -= 1 }
    guard label > sentence.lowerBound, tokens[label].lower == "as", owner[label] < 0 else { return nil }
    // The verb: the nearest lowercase verb form before the labelled phrase, within a few words.
    let isVerbForm = { (token: Token) -> Bool in
      !token.isCapitalized
        && (token.classes.isCue || token.lower.endsWith("ed") || token.lower.endsWith("ing")
          || token.lower.endsWith("s"))
    }
    var verb = label - 1
    while verb > max(sentence.lowerBound, label - 10) {
      let token = tokens[verb]
      guard token.isWord || token.kind == .number, owner[verb] < 0 else { return nil }
      if verb < label - 1, isVerbForm(token) { break }
      verb -= 1
    }
    guard verb > sentence.lowerBound, case let cue = tokens[verb], isVerbForm(cue),
      // "is known as", "was billed as": a passive names, it does not say.
      !tokens[verb - 1].classes.contains(.passiveMarker)
    else { return nil }
    var start = verb + 1
    while start < label, tokens[start].classes.contains(.preposition) { start += 1 }
    guard start < label else { return nil }
    // "began to portray … as": an infinitive or a participle takes the clause's subject.
    let participle = cue.lower.endsWith("ing") || tokens[verb - 1].lower == "to"
    guard
      let speaker = phrases.subject(before: verb, lower: sentence.lowerBound, throughParticiples: participle)
        ?? (participle ? clauseSubject(in: sentence.lowerBound..<verb) : nil)
    else { return nil }
    return Attribution(
      kind: .mixed, fragments: [textRange(start..<span.closeToken + 1)], cue: verb..<verb + 1, speaker: speaker,
      rule: "characterization", confidence: 0.5, sentence: sentenceIndex)
  }

  /// "… and ranked the mayor among the “worst”": a past verb (or a cue) after "and" or "but", a
  /// few words before the quotation at `open` and after `lower`.
  private func coordinatedVerb(before open: Int, after lower: Int) -> Int? {
    var index = open - 1
    while index > max(lower, open - 15), owner[index] < 0, tokens[index].isWord || tokens[index].kind == .number {
      if index - 1 >= lower, ["and", "but"].contains(tokens[index - 1].lower),
        isPastVerb(index) || !tokens[index].isCapitalized && tokens[index].classes.isCue
      {
        return index
      }
      index -= 1
    }
    return nil
  }

  /// "adding", "saying": a cue in its participle form.
  private func isParticipleCue(_ index: Int) -> Bool {
    tokens[index].isWord && tokens[index].lower.endsWith("ing") && tokens[index].classes.isCue
  }

  private func colonIntroducedParagraph(_ quote: Int, sentenceIndex: Int) -> Attribution? {
    let open = spans[quote].openToken
    guard open > 0, sentenceIndex > 0, tokens[open - 1].lower == ":", tokens[open - 1].block != tokens[open].block
    else { return nil }
    let previous = sentences[sentenceIndex - 1]
    let colon = open - 1
    if let cue = cueEnding(at: colon - 1, lower: previous.lowerBound),
      let speaker = speakerBefore(cue: cue, lower: previous.lowerBound)
    {
      return Attribution(
        kind: .direct, fragments: spans[quote].fragments, cue: cue, speaker: speaker, rule: "colon-paragraph",
        confidence: 0.85, sentence: sentenceIndex)
    }
    if let speaker = clauseSubject(in: previous.lowerBound..<colon) {
      return Attribution(
        kind: .direct, fragments: spans[quote].fragments, cue: colon..<colon + 1, speaker: speaker,
        rule: "colon-paragraph-subject", confidence: 0.6, sentence: sentenceIndex)
    }
    return nil
  }

  /// After a split quotation's cue: “A,” he said, “B.” — the second quotation, if it follows.
  private func splitContinuation(after found: Attribution, quote: Int, in sentence: Range<Int>) -> Int? {
    guard found.rule == "quote-cue-speaker", let cue = found.cue, let speaker = found.speaker else { return nil }
    let resume = max(cue.upperBound, speaker.upperBound)
    var index = resume
    while index < sentence.upperBound, tokens[index].kind == .punctuation,
      [",", "—", "–", ":"].contains(tokens[index].lower)
    {
      index += 1
    }
    if index < tokens.count, owner[index] >= 0, owner[index] != quote, spans[owner[index]].openToken == index {
      return owner[index]
    }
    // Past words about the saying, when the quotation resumes mid-sentence in lowercase:
    // “A,” Quill said during a rally in Salem, Ore., “but …” / Pike said, referring to …, “you …”
    var probe = resume
    // (Not past a new report: "she wrote, arguing that … “more …”".)
    while probe < min(sentence.upperBound, resume + 24), owner[probe] < 0, !tokens[probe].classes.isCue,
      ![".", ";", "?", "!", ":"].contains(tokens[probe].lower) || phrases.abbreviationBefore(probe)
    {
      probe += 1
    }
    guard probe < sentence.upperBound, owner[probe] >= 0, owner[probe] != quote, spans[owner[probe]].openToken == probe,
      tokens[probe - 1].lower == ",", let first = spans[owner[probe]].inner.first(where: { tokens[$0].isWord }),
      !tokens[first].isCapitalized
    else { return nil }
    return owner[probe]
  }

  /// "he said", "said Mr Ali", "Smith told the BBC": a cue with its speaker, starting at `start`.
  private func cueAndSpeaker(startingAt start: Int, upper: Int) -> (cue: Range<Int>, speaker: Range<Int>)? {
    guard start < upper, owner[start] < 0 else { return nil }
    // Cue first: said Smith (a finite verb only: "saying he had …" is not "said he").
    if let cue = cueStarting(at: start, upper: upper), isFinite(tokens[cue.lowerBound].lower) {
      var objectStart = cue.upperBound
      if objectStart < upper, tokens[objectStart].lower == "," { objectStart += 1 }
      if let speaker = phrases.object(from: objectStart, upper: upper) { return (cue, speaker) }
      return nil
    }
    // Speaker first: he said, the minister told reporters, the judge exclaimed.
    var index = start
    while index < min(upper, start + 12), owner[index] < 0 {
      if let cue = cueStarting(at: index, upper: upper) ?? conventionalCue(at: index, upper: upper), index > start,
        let speaker = phrases.subject(before: index, lower: start), speaker.lowerBound == start
      {
        return (cue, speaker)
      }
      if tokens[index].kind == .punctuation && tokens[index].lower != "." {
        // An apposition between speaker and cue: “…,” Sarandon, 69, told MSNBC.
        if tokens[index].lower == ",", index > start, let speaker = phrases.subject(before: index, lower: start),
          speaker.lowerBound == start,
          let close = (index + 1..<min(upper, index + 30)).first(where: { tokens[$0].lower == "," }), close + 1 < upper,
          let cue = cueStarting(at: close + 1, upper: upper) ?? conventionalCue(at: close + 1, upper: upper)
        {
          return (cue, speaker)
        }
        break
      }
      index += 1
    }
    return longSpeakerBeforeCue(startingAt: start, upper: upper)
  }

  /// Words that may join the parts of a longer speaker phrase ("a spokesman for the council
  /// Democrats", "a voice-over in the ad", "the senator and presidential candidate").
  static let speakerPhraseJoins: Set<String> = ["of", "for", "at", "in", "and", "from", "on", "with"]

  /// After a quotation, a longer phrase before its cue is the speaker: “…,” the bespectacled,
  /// 71-year-old engineer said / state Sen. Mara Quill (D-Ore.) said / a voice-over in the ad states.
  private func longSpeakerBeforeCue(startingAt start: Int, upper: Int) -> (cue: Range<Int>, speaker: Range<Int>)? {
    let first = tokens[start]
    // It opens with a determiner, a name, or a lowercase word before a name ("state Sen. …").
    guard first.isWord,
      first.classes.contains(.determiner) && !first.classes.contains(.pronoun)
        || first.isCapitalized && first.classes.isDisjoint(with: [.opener, .notName, .timeWord, .pronoun])
        || !first.isCapitalized && start + 1 < upper && tokens[start + 1].isCapitalized
          && first.classes.isDisjoint(with: [.boundary, .pronoun, .skippable, .preposition])
          && (!first.classes.isCue || tokens[start + 1].classes.contains(.title))
    else { return nil }
    var index = start + 1
    var inBrackets = false
    while index < min(upper, start + 24), owner[index] < 0 {
      let token = tokens[index]
      if token.kind == .punctuation {
        // "(D-Ore.)": anything goes inside brackets.
        if token.lower == "(" || token.lower == ")" { inBrackets = token.lower == "(" }
        guard
          inBrackets || [",", ")", "-", "’", "'"].contains(token.lower)
            || token.lower == "." && phrases.abbreviationBefore(index)
        else { return nil }
      } else if token.isWord && !token.isCapitalized {
        let cue =
          cueStarting(at: index, upper: upper).flatMap { isVerbUse(index, lower: start) ? $0 : nil }
          // "the bespectacled, 71-year-old engineer": after a determiner an -ed word describes.
          ?? (token.lower.endsWith("ed") && !tokens[index - 1].classes.contains(.determiner)
            ? conventionalCue(at: index, upper: upper) : nil)
        if let cue {
          var end = index
          while end > start, tokens[end - 1].isWord, tokens[end - 1].classes.contains(.skippable) { end -= 1 }
          while end > start, tokens[end - 1].lower == "," { end -= 1 }
          guard end > start, phrases.isNounLike(end - 1) || tokens[end - 1].lower == ")" else { return nil }
          return (cue, start..<end)
        }
        if token.classes.contains(.boundary) && !Self.speakerPhraseJoins.contains(token.lower) { return nil }
        if token.classes.contains(.pronoun) && !token.classes.contains(.determiner) { return nil }
      }
      index += 1
    }
    return nil
  }

  /// After “…,” and a subject, any past-tense verb is a verb of saying by the news convention
  /// ("the judge exclaimed", "I confessed"), when the sentence, a comma or a time word follows.
  private func conventionalCue(at index: Int, upper: Int) -> Range<Int>? {
    guard index < upper else { return nil }
    let token = tokens[index]
    // Right after “…,” and the speaker, the verb is one of saying whatever it is ("shot back").
    guard token.isWord, !token.isCapitalized, token.lower.count > 2,
      token.lower.endsWith("ed") || token.lower.endsWith("s") || index + 1 >= upper
        || ["back", "up", "out", "with", "in", "on", "to", "at"].contains(tokens[index + 1].lower),
      token.classes.isDisjoint(with: [.skippable, .boundary, .determiner, .pronoun, .functionWord, .preposition])
    else { return nil }
    let next = index + 1
    if next >= upper { return index..<index + 1 }
    let following = tokens[next]
    if following.kind == .punctuation || following.kind.isMark { return index..<index + 1 }
    if following.isWord
      && (following.classes.contains(.skippable)
        || ["in", "on", "at", "to", "during", "after", "back", "up", "out", "with", "before", "as"].contains(
          following.lower))
    {
      return index..<index + 1
    }
    return nil
  }

  /// "said", "says", "added", "wrote": forms that can stand before their subject.
  private func isFinite(_ word: String) -> Bool {
    !word.endsWith("ing")
      && (word.endsWith("s") || word.endsWith("ed")
        || ["said", "told", "wrote", "thought", "felt", "knew", "saw", "found", "replied", "cried", "quipped", "read"]
          .contains(word))
  }

  /// Whether a verb of saying at `index` is used as one: not a noun ("the remarks", "racist
  /// remarks"), not passive ("was reported"), not an infinitive ("to call out").
  private func isVerbUse(_ index: Int, lower: Int) -> Bool {
    guard index > lower else { return true }
    let previous = tokens[index - 1]
    let gerund = tokens[index].lower.endsWith("ing")
    // "of saying" is a verb ("accused of saying"); "of claims" is a noun.
    // "each candidate’s support" is a noun.
    if previous.isWord && (previous.lower.endsWith("’s") || previous.lower.endsWith("'s")) && !gerund { return false }
    // "a simple question", "a private email server": determiner and adjective make a noun.
    if index - 2 >= lower, tokens[index - 2].isWord, tokens[index - 2].classes.contains(.determiner),
      previous.isWord, !previous.isCapitalized, !previous.classes.contains(.pronoun), !gerund,
      !previous.lower.endsWith("ly"), CueLexicon.isAlsoNoun(tokens[index].lower)
    {
      return false
    }
    if previous.isWord && !previous.isCapitalized && previous.classes.contains(.nounMaker)
      && !(gerund && ["of", "by", "for", "about", "after", "before", "while", "without"].contains(previous.lower))
    {
      return false
    }
    // "has been telling" is progressive, not passive.
    if gerund { return true }
    // Passive: an auxiliary right before the verb, adverbs aside ("had been accused").
    var probe = index - 1
    while probe >= lower, tokens[probe].isWord,
      tokens[probe].lower.endsWith("ly")
        || ["also", "not", "never", "often", "then", "later", "once", "again", "since", "soon", "now", "even", "still"]
          .contains(tokens[probe].lower)
    {
      probe -= 1
    }
    if probe >= lower, tokens[probe].isWord, tokens[probe].classes.contains(.passiveMarker) { return false }
    return true
  }

  /// A cue starting at `index`: a verb of saying ("said", "has said" is found from "said").
  private func cueStarting(at index: Int, upper: Int) -> Range<Int>? {
    guard index < upper, tokens[index].isWord, owner[index] < 0, !tokens[index].isCapitalized else { return nil }
    if tokens[index].classes.contains(.strongCue) { return index..<index + 1 }
    return nil
  }

  /// A cue ending at `index` ("said", "told BBC Radio 4’s Today programme"), before a colon.
  private func cueEnding(at index: Int, lower: Int) -> Range<Int>? {
    var position = index
    // The hearer may stand between the verb and the colon: told reporters:
    while position >= lower && position > index - 8 {
      let word = tokens[position]
      if word.isWord, owner[position] < 0,
        word.classes.isCue
          || (!word.isCapitalized && word.lower.endsWith("ed") && word.lower.count > 4)
      {
        return position..<position + 1
      }
      if tokens[position].kind == .punctuation && tokens[position].lower != "’" && tokens[position].lower != "." {
        return nil
      }
      position -= 1
    }
    return nil
  }

  private func speakerBefore(cue: Range<Int>, lower: Int) -> Range<Int>? {
    // "Okafor interjected to say:", "The letter goes on to say:": the subject of the verb before.
    var verb = cue.lowerBound - 1
    if verb > lower, tokens[verb].lower == "to" {
      verb -= 1
      while verb > lower, ["on", "this", "that"].contains(tokens[verb].lower) { verb -= 1 }
      if tokens[verb].isWord, !tokens[verb].isCapitalized, !tokens[verb].classes.contains(.preposition) {
        return speakerBefore(cue: verb..<verb + 1, lower: lower)
      }
    }
    return phrases.subject(before: cue.lowerBound, lower: lower) ?? appositiveSubject(
      before: cue.lowerBound, lower: lower)
      ?? coordinatedSubject(before: cue.lowerBound, lower: lower)
  }

  /// "She greeted supporters and told them …": a verb after "and" shares its clause's subject.
  private func coordinatedSubject(before cue: Int, lower: Int) -> Range<Int>? {
    var index = cue - 1
    while index >= lower, tokens[index].isWord, tokens[index].classes.contains(.skippable) { index -= 1 }
    guard index > lower, tokens[index].lower == "and" || tokens[index].lower == "but" else { return nil }
    var end = index
    if end > lower && tokens[end - 1].lower == "," { end -= 1 }
    return firstSubject(in: lower..<end)
  }

  /// "Parker Eaton, a nominal Republican who voted for JFK, said": when a comma stands before
  /// the cue, the subject is the name that opens the clause.
  private func appositiveSubject(before cue: Int, lower: Int) -> Range<Int>? {
    var index = cue - 1
    while index >= lower, tokens[index].isWord, tokens[index].classes.contains(.skippable) { index -= 1 }
    guard index > lower, tokens[index].lower == "," else { return nil }
    let commas = (lower..<index).filter { tokens[$0].lower == "," }.count
    guard commas <= 3 else { return nil }
    // "Woodrow Benford, 58, who lives outside Minneapolis, says": a name that opens the sentence.
    if tokens[lower].isCapitalized, !tokens[lower].classes.contains(.notName),
      !tokens[lower].classes.contains(.timeWord),
      let opening = firstSubject(in: lower..<index)
    {
      return opening
    }
    return clauseSubject(in: lower..<index + 1)
  }

  /// The subject of the clause before a cue: the first name or pronoun of the nearest
  /// comma-separated stretch that has one ("Hours later, Trump returned …, telling"), skipping
  /// words that open sentences without naming anyone ("When", "Hours later").
  private func clauseSubject(in range: Range<Int>) -> Range<Int>? {
    var end = range.upperBound
    while end > range.lowerBound, tokens[end - 1].kind == .punctuation { end -= 1 }
    var segmentEnd = end
    while segmentEnd > range.lowerBound {
      var segmentStart = segmentEnd
      while segmentStart > range.lowerBound, tokens[segmentStart - 1].lower != "," { segmentStart -= 1 }
      if let found = firstSubject(in: segmentStart..<segmentEnd) { return found }
      segmentEnd = segmentStart - 1
    }
    return nil
  }

  private func firstSubject(in range: Range<Int>) -> Range<Int>? {
    guard !range.isEmpty else { return nil }
    var range = range
    // A dateline opens wire copy: "WASHINGTON —", "New York (AFP) –", "CLEVELAND, July 19 (UPI) —".
    if let dash = range.prefix(10).first(where: { ["—", "–", "--"].contains(tokens[$0].lower) }),
      range[range.lowerBound..<dash].contains(where: { tokens[$0].isAllCapitals || tokens[$0].lower == "(" })
    {
      range = (dash + 1)..<max(dash + 1, range.upperBound)
    }
    for index in range where tokens[index].isWord && owner[index] < 0 {
      let token = tokens[index]
      if token.classes.contains(.pronoun) && !["it", "who", "which", "one", "you"].contains(token.lower) {
        return index..<index + 1
      }
      // A sentence adverb before its comma ("Similarly, William J. Bennett … said") names no one.
      if token.lower.endsWith("ly"), index + 1 < range.upperBound, tokens[index + 1].lower == "," { continue }
      let determinerOpens =
        index == range.lowerBound && token.classes.contains(.determiner)
        && !token.classes.contains(.pronoun)
      if determinerOpens
        || (token.isCapitalized && !token.classes.contains(.notName) && !token.classes.contains(.timeWord))
      {
        // "Young residents could be seen", "The president noted": the phrase runs to the verb.
        var end = index + 1
        while end < range.upperBound, end < index + 6, owner[end] < 0,
          tokens[end].isWord
            ? !tokens[end].classes.contains(.boundary) && !tokens[end].classes.contains(.skippable)
              && !tokens[end].classes.isCue && !(tokens[end].lower.endsWith("ed") && !tokens[end].isCapitalized)
            : tokens[end].lower == "." && end + 1 < range.upperBound && tokens[end + 1].isCapitalized
              && phrases.abbreviationBefore(end)
        {
          end += 1
        }
        return index..<end
      }
      if token.isCapitalized && index > range.lowerBound { continue }
    }
    return nil
  }

  static let timeWords: Set<String> = [
    "hours", "minutes", "days", "weeks", "months", "years", "moments", "later", "earlier", "then", "afterwards",
    "overnight", "recently", "previously", "initially", "finally",
  ]

  // MARK: - Reported speech

  private struct Reported {
    var attribution: Attribution
    var content: Range<Int>
    func covers(_ span: QuoteSpan) -> Bool { content.contains(span.openToken) }
  }

  /// "X said (that) …", "X told Y …", "…, X said", "…, said X", "according to X, …": every
  /// cue of the sentence with a speaker and content of its own.
  static let mostReportedPerSentence = 4

  private func reportedSpeech(in sentence: Range<Int>, sentenceIndex: Int, skipping used: Set<Int>) -> [Reported] {
    // "…, Fox found.": an attribution closing the sentence speaks for all of it.
    let end = contentEnd(of: sentence)
    if end - 1 > sentence.lowerBound, case let last = end - 1, tokens[last].isWord, tokens[last].classes.isCue,
      !used.contains(last), owner[last] < 0,
      let trailing = trailingAttribution(
        cue: last, in: sentence, end: end, sentenceIndex: sentenceIndex,
        strong: tokens[last].classes.contains(.strongCue))
    {
      return [trailing]
    }
    var found: [Reported] = []
    for index in sentence where tokens.kind(at: index) == .word && owner[index] < 0 {
      // Only word classes are read here until a cue or "according" turns up.
      let classes = tokens.classes(at: index)
      guard classes.isCue || classes.contains(.according), !used.contains(index) else { continue }
      if classes.contains(.according), index + 1 < sentence.upperBound, tokens[index + 1].lower == "to" {
        if let reported = accordingTo(at: index, in: sentence, sentenceIndex: sentenceIndex) { found.append(reported) }
        continue
      }
      // Verbs are lowercase but at the start of a sentence ("the Washington Post", "Islamic State").
      // After the first, only strong cues add another attribution; a cue inside the speaker phrase
      // of one already found belongs to it.
      guard classes.isCue, case let strong = classes.contains(.strongCue), found.isEmpty || strong,
        !tokens[index].isCapitalized || index == sentence.lowerBound,
        !found.contains(where: { $0.attribution.speaker?.contains(index) == true }),
        let reported = reported(cue: index, strong: strong, in: sentence, sentenceIndex: sentenceIndex)
      else { continue }
      found.append(reported)
      // Written sentences hold a few reported clauses at most; a text that strings together
      // hundreds would otherwise give each one the rest of the sentence.
      if found.count == Self.mostReportedPerSentence { break }
    }
    // "Barkley, who said he votes, said …": the main clause's cue wins over a relative clause's.
    if found.count > 1 {
      let isRelative = { (reported: Reported) -> Bool in
        guard let speaker = reported.attribution.speaker, speaker.count == 1 else { return false }
        return ["who", "which", "that"].contains(self.tokens[speaker.lowerBound].lower)
      }
      if found.contains(where: { !isRelative($0) }) { found.removeAll(where: isRelative) }
    }
    return found
  }

  private func reported(cue: Int, strong: Bool, in sentence: Range<Int>, sentenceIndex: Int) -> Reported? {
    guard isVerbUse(cue, lower: sentence.lowerBound) else { return nil }
    let end = contentEnd(of: sentence)
    // Inverted, at the end: "…, said the official." / "…, the official said."
    if let found = trailingAttribution(cue: cue, in: sentence, end: end, sentenceIndex: sentenceIndex, strong: strong) {
      return found
    }
    let word = tokens[cue].lower
    let participle = word.endsWith("ing")
    var subject =
      phrases.subject(before: cue, lower: sentence.lowerBound, throughParticiples: participle)
      ?? appositiveSubject(before: cue, lower: sentence.lowerBound)
      ?? coordinatedSubject(before: cue, lower: sentence.lowerBound)
    // "X did Y, saying …": the clause's subject is the sentence's.
    if subject == nil && participle { subject = clauseSubject(in: sentence.lowerBound..<cue) }
    guard let speaker = subject, isPlausibleSubject(speaker, of: word),
      !speaker.contains(where: { tokens[$0].classes.contains(.indefinite) })
    else { return nil }
    var start = cue + 1
    // Particles of phrasal cues: "point out", "spoke up", "called for".
    if start < end, ["out", "up"].contains(tokens[start].lower) { start += 1 }
    if start < end, tokens[start].lower == "for", CueLexicon.takesFor.contains(word) { start += 1 }
    // "referred to the plan as “a farce”": what was said is the object and its label.
    if start < end, tokens[start].lower == "to", word.startsWith("refer") { start += 1 }
    // The hearer of told / asked / warned: skip to "that", a comma or a quotation.
    if CueLexicon.takesHearer.contains(tokens[cue].lower) {
      var index = start
      while index < min(end, start + 8), tokens[index].isWord, tokens[index].lower != "that", owner[index] < 0 {
        index += 1
      }
      if index < end && tokens[index].lower == "that" {
        start = index
      } else if index < end && (tokens[index].lower == "," || tokens[index].lower == ":") {
        start = index
      } else if index < end && owner[index] >= 0 {
        start = index
      }
    }
    // "that", and the adverbs before it ("said today that").
    var probe = start
    while probe < min(end, start + 4), tokens[probe].isWord,
      tokens[probe].classes.contains(.skippable)
        || ["in", "a", "statement", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
          .contains(tokens[probe].lower)
    {
      probe += 1
    }
    if probe < end && tokens[probe].lower == "that" {
      start = probe + 1
    } else if start < end, tokens[start].isWord, tokens[start].classes.contains(.preposition) {
      // "suggesting in a meeting of the party that …": what was said follows "that".
      var scan = start
      while scan < min(end, start + 15), tokens[scan].lower != "that" {
        // A short title on the way: "said on Radio Kent's “Morning Call” that …".
        if owner[scan] >= 0, case let title = spans[owner[scan]], title.openToken == scan,
          title.closeToken - title.openToken <= 8
        {
          scan = title.closeToken + 1
        } else if (tokens[scan].isWord || tokens[scan].kind == .number) && owner[scan] < 0 {
          scan += 1
        } else {
          break
        }
      }
      if scan < end && tokens[scan].lower == "that" {
        start = scan + 1
      } else if let subject = (start + 1..<min(end, start + 6)).first(where: {
        tokens[$0].isWord && Self.subjectPronouns.contains(tokens[$0].lower)
      }), tokens[start].lower != "to",
        (start + 1..<subject).allSatisfy({
          tokens[$0].isWord && owner[$0] < 0 && !tokens[$0].classes.contains(.boundary)
        })
      {
        // "wrote in both letters he was …": the clause after a short phrase of place or time.
        start = subject
      }
    }
    // Time words before the content are not part of it ("saying today he took …").
    while start < end, tokens[start].isWord, !tokens[start].isCapitalized,
      ["today", "yesterday", "tonight", "now", "then", "again", "also", "earlier", "later", "recently"].contains(
        tokens[start].lower)
    {
      start += 1
    }
    while start < end, tokens[start].kind == .punctuation, [",", ":", "—", "–"].contains(tokens[start].lower) {
      start += 1
    }
    // "asked reporters, adding that …": the participle's report is its own.
    if start < end, start > cue + 1, isParticipleCue(start) { return nil }
    // "chanting “No more cuts” and “Save our library”": quotations joined by "and" are said together.
    if start < end, owner[start] >= 0, case let first = spans[owner[start]], first.openToken == start {
      var last = first
      var probe = first.closeToken + 1
      while probe + 1 < end, ["and", "or", ","].contains(tokens[probe].lower), owner[probe] < 0 {
        let next = tokens[probe + 1].lower == "and" || tokens[probe + 1].lower == "or" ? probe + 2 : probe + 1
        guard next < end, owner[next] >= 0, spans[owner[next]].openToken == next else { break }
        last = spans[owner[next]]
        probe = last.closeToken + 1
      }
      if last.openToken != first.openToken {
        let content = start..<last.closeToken + 1
        return Reported(
          attribution: Attribution(
            kind: .mixed, fragments: [textRange(content)], cue: cue..<cue + 1, speaker: speaker,
            rule: "reported-speech-quotations", confidence: strong ? 0.85 : 0.6, sentence: sentenceIndex),
          content: content)
      }
    }
    // "shouting ‘Free Free Palestine’ to canvassers": a quotation that opens the content is the content.
    // When a verb follows the quotation ("‘people …’ were ‘giving crap’"), the content is mixed.
    if start < end, owner[start] >= 0, spans[owner[start]].openToken == start,
      case let quote = spans[owner[start]],
      quote.closeToken + 1 >= end || tokens[quote.closeToken + 1].kind == .punctuation
        // "… ‘a fine idea’ for the town": the words that carry on its clause make it mixed.
        || tokens[quote.closeToken + 1].classes.contains(.preposition) && wordsAfter(quote, in: sentence) == nil
          // (“…” and the rest would help: a subject of its own, read as a clause below.)
          && !(tokens[quote.closeToken + 1].lower == "and" && quote.closeToken + 2 < end
            && tokens[quote.closeToken + 2].classes.contains(.determiner))
    {
      return Reported(
        attribution: Attribution(
          kind: .direct, fragments: quote.fragments, cue: cue..<cue + 1, speaker: speaker,
          rule: "reported-speech-quotation", confidence: strong ? 0.85 : 0.6, sentence: sentenceIndex),
        content: start..<quote.closeToken + 1)
    }
    var clause = clauseEnd(from: start, to: end)
    // "whom the mayor described as “a friend”": the labelled one is named before the speaker.
    if start < end, tokens[start].lower == "as", speaker.lowerBound > sentence.lowerBound,
      ["whom", "what", "which"].contains(tokens[speaker.lowerBound - 1].lower)
    {
      start = speaker.lowerBound - 1
      clause = clauseEnd(from: cue + 1, to: end)
    }
    guard clause - start >= 3 else { return nil }
    // What was said is a clause or a quotation, not a prepositional phrase ("commented on …").
    if tokens[start].isWord, tokens[start].classes.contains(.preposition),
      !(tokens[start].lower == "to" && Self.takesInfinitive.contains(word))
    {
      return nil
    }
    let content = start..<clause
    let kind = kind(of: content)
    return Reported(
      attribution: Attribution(
        kind: kind, fragments: [textRange(content)], cue: cue..<cue + 1, speaker: speaker,
        rule: kind == .indirect
          ? "reported-speech" : kind == .direct ? "reported-speech-quotation" : "reported-speech-with-quotation",
        confidence: strong ? 0.8 : 0.55, sentence: sentenceIndex),
      content: content)
  }

  static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i", "it"]

  static let prepositions: Set<String> = [
    "on", "in", "at", "by", "for", "with", "about", "from", "of", "into", "over", "out", "up", "off", "down",
    "back", "around", "through", "to", "as", "and", "or", "but",
  ]

  /// Verbs whose content may be an infinitive ("urged them to vote").
  static let takesInfinitive: Set<String> = [
    "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "call", "called", "calls", "calling",
    "tell", "told", "tells", "telling", "want", "wanted", "wants", "wanting", "warn", "warned", "warns",
    "advise", "advised", "promise", "promised", "promises", "vow", "vowed", "vows", "pledge", "pledged",
    "threaten", "threatened", "hope", "hoped", "hopes", "expect", "expected", "expects", "plan", "planned",
    "agree", "agreed", "refuse", "refused", "decline", "declined", "remind", "reminded", "appear", "appeared",
    "seem", "seemed", "seems", "appears",
  ]

  /// A subject that agrees with its verb: a present-tense "-s" form ("claims", "remarks",
  /// easily a plural noun) wants a name, a pronoun or a determiner before its noun.
  private func isPlausibleSubject(_ speaker: Range<Int>, of verb: String) -> Bool {
    // "Clinton appears to believe" is a stance; "his first visit appeared to attract" is not speech.
    if verb.startsWith("appear") || verb.startsWith("seem") {
      let head = tokens[speaker.upperBound - 1]
      return head.isCapitalized || ["he", "she", "they", "we", "i", "it", "who"].contains(head.lower)
    }
    guard verb.endsWith("s"), verb != "says" else { return true }
    return speaker.contains { index in
      tokens[index].isCapitalized || tokens[index].classes.contains(.pronoun)
        || tokens[index].classes.contains(.determiner)
    }
  }

  /// A lowercase past form ("ranked", "made"): after "and", the subject's next deed.
  private func isPastVerb(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.isWord && !token.isCapitalized
      && (token.lower.endsWith("ed") || Self.irregularPast.contains(token.lower))
  }

  /// Common irregular past forms that begin a new predicate after "and".
  static let irregularPast: Set<String> = [
    "made", "cast", "gave", "took", "put", "went", "told", "said", "set", "left",
  ]

  /// Verbs that, after "and" or "but", begin a new report rather than continue what was said.
  static let newReportVerbs: Set<String> = [
    "said", "says", "saying", "told", "tells", "telling", "added", "adds", "adding", "noted", "wrote",
  ]

  /// Where reported content ends before the sentence does: at a new predicate of the same
  /// subject (", and also offered to …") or a clause about someone else (", who was …").
  private func clauseEnd(from start: Int, to end: Int) -> Int {
    var index = start + 3
    var quoted = (start..<min(index, end)).contains { owner[$0] >= 0 }
    while index + 1 < end {
      if owner[index] >= 0 { quoted = true }
      // “…,” adding …: a quotation closed on a comma, then a new report by the same speaker.
      if owner[index] >= 0, spans[owner[index]].closeToken == index, tokens[index - 1].lower == ",",
        isParticipleCue(index + 1)
      {
        return index + 1
      }
      // A dash opens the writer's aside: "… the families of terrorists — a controversial proposal".
      if tokens.kind(at: index) == .punctuation, owner[index] < 0,
        tokens[index].lower.endsWith("—") || tokens[index].lower.endsWith("–") || tokens[index].lower == "-"
          || tokens[index].lower == "--"
      {
        return index
      }
      // A semicolon: the writer's next clause.
      if tokens.kind(at: index) == .punctuation, owner[index] < 0, tokens[index].lower == ";" { return index }
      // "… “another good night” and said it was …", "… but said she would not resign":
      // a new report by the same speaker begins.
      if tokens.classes(at: index).contains(.boundary), owner[index] < 0, ["and", "but"].contains(tokens[index].lower) {
        var probe = index + 1
        while probe < end, tokens[probe].isWord, tokens[probe].classes.contains(.skippable) { probe += 1 }
        if probe < end, Self.newReportVerbs.contains(tokens[probe].lower) {
          return tokens[index - 1].lower == "," ? index - 1 : index
        }
        // "… “a fine plan” and insisted …", "… “a fine plan,” but he left": after a quotation, a
        // verb or a new subject begins a new clause.
        var before = index - 1
        if tokens[before].lower == ",", owner[before] < 0 { before -= 1 }
        if probe < end, owner[before] >= 0, spans[owner[before]].closeToken == before, tokens[probe].isWord,
          !tokens[probe].isCapitalized,
          tokens.classes(at: probe).isCue || tokens[probe].lower.endsWith("ed") || tokens[probe].lower.endsWith("ing")
            || Self.subjectPronouns.contains(tokens[probe].lower)
        {
          return before + 1
        }
        // "… “crooks” (though not all) and promised to …": once a quotation is in, a past verb after
        // "and" is the subject's next deed.
        if quoted, probe < end, isPastVerb(probe) {
          return tokens[index - 1].lower == "," ? index - 1 : index
        }
      }
      // After a quotation, the writer's participle aside: "“… by spring,” referring to …",
      // "“reckless”, adding that …".
      if tokens.kind(at: index) == .punctuation, tokens[index].lower == ",", case let inside = owner[index] >= 0,
        case let closed = inside ? index + 1 : index - 1, closed > start, owner[closed] >= 0,
        spans[owner[closed]].closeToken == closed, case let after = inside ? index + 2 : index + 1, after < end,
        tokens[after].isWord,
        !tokens[after].isCapitalized && tokens[after].lower.endsWith("ing")
          // "… “a fine plan,” Hale won …": the sentence's main clause begins.
          || tokens[after].isCapitalized && tokens[after].lower != "i" && owner[after] < 0
          // "… as “foreign,” which is what …": the writer's comment.
          || ["which", "who"].contains(tokens[after].lower)
      {
        return inside ? closed + 1 : index
      }
      if tokens[index].lower == ",", owner[index] < 0 {
        let next = tokens[index + 1].lower
        if next == "who" || next == "which" { return index }
        // "…, a move that could …": the writer's comment on what was said.
        if next == "a" || next == "an", index + 3 < end,
          (index + 3..<min(end, index + 6)).contains(where: { ["that", "which"].contains(tokens[$0].lower) })
        {
          return index
        }
        // "…, as well as …": another thing said or done is added.
        if next == "as", index + 3 < end, tokens[index + 2].lower == "well", tokens[index + 3].lower == "as" {
          return index
        }
        // "…, adding …" / "…, saying …": a new report by the same speaker begins.
        if isParticipleCue(index + 1) { return index }
        if next == "and" || next == "but" {
          var probe = index + 2
          while probe < end, tokens[probe].isWord, tokens[probe].classes.contains(.skippable) { probe += 1 }
          if probe < end, tokens[probe].isWord, !tokens[probe].isCapitalized, tokens[probe].lower.endsWith("ed") {
            return index
          }
          // "…, and he added that …": a new report begins.
          if probe + 1 < end, tokens[probe].isWord,
            tokens[probe].classes.contains(.pronoun) || tokens[probe].isCapitalized,
            tokens[probe + 1].isWord, tokens[probe + 1].classes.isCue
          {
            return index
          }
        }
      }
      index += 1
    }
    return end
  }

  /// "…, X said." or "…, said X." at the end of a sentence: the content is what came before.
  private func trailingAttribution(cue: Int, in sentence: Range<Int>, end: Int, sentenceIndex: Int, strong: Bool)
    -> Reported?
  {
    // The attribution must run to the end of the sentence, or to a comma.
    if let speaker = phrases.subject(before: cue, lower: sentence.lowerBound), speaker.lowerBound > sentence.lowerBound,
      isPlausibleSubject(speaker, of: tokens[cue].lower),
      tokens[speaker.lowerBound - 1].lower == ",", let stop = attributionEnd(from: cue + 1, to: end)
    {
      // "In both years, Ames said, the payments went to …": the attribution stands inside what was said.
      if stop < end, case let rest = stop + 1, end - rest >= 3, tokens[rest].isWord, !isParticipleCue(rest),
        !["who", "which", "where", "and", "but", "as", "according", "while", "when"].contains(tokens[rest].lower),
        case let clause = clauseEnd(from: rest, to: end), clause - rest >= 3
      {
        let content = sentence.lowerBound..<clause
        return Reported(
          attribution: Attribution(
            kind: kind(of: content),
            fragments: [textRange(sentence.lowerBound..<speaker.lowerBound - 1), textRange(rest..<clause)],
            cue: cue..<cue + 1, speaker: speaker, rule: "content-speaker-cue-content",
            confidence: strong ? 0.8 : 0.55, sentence: sentenceIndex),
          content: content)
      }
      return precedingContent(
        upTo: speaker.lowerBound - 1, in: sentence, cue: cue, speaker: speaker, rule: "content-comma-speaker-cue",
        strong: strong, sentenceIndex: sentenceIndex)
    }
    if cue > sentence.lowerBound, tokens[cue - 1].lower == ",", isFinite(tokens[cue].lower),
      let speaker = phrases.object(from: cue + 1, upper: end),
      speaker.upperBound >= end || trailingOnly(from: speaker.upperBound, to: end),
      // "…, said the family deserved better": a verb after the noun makes it a clause, not a speaker.
      !speaker.dropFirst(2).contains(where: { !tokens[$0].isCapitalized && tokens[$0].lower.endsWith("ed") })
    {
      return precedingContent(
        upTo: cue - 1, in: sentence, cue: cue, speaker: speaker, rule: "content-comma-cue-speaker", strong: strong,
        sentenceIndex: sentenceIndex)
    }
    return nil
  }

  /// The sentence up to `end` (a comma before the attribution) as what was said.
  private func precedingContent(
    upTo end: Int, in sentence: Range<Int>, cue: Int, speaker: Range<Int>, rule: String, strong: Bool,
    sentenceIndex: Int
  ) -> Reported? {
    let content = sentence.lowerBound..<end
    guard content.count >= 3 else { return nil }
    return Reported(
      attribution: Attribution(
        kind: kind(of: content), fragments: [textRange(content)], cue: cue..<cue + 1, speaker: speaker, rule: rule,
        confidence: strong ? 0.85 : 0.55, sentence: sentenceIndex),
      content: content)
  }

  /// Where an attribution's time words, hearers and the like end: at `end`, or at a comma
  /// ("…, he said on Monday, adding …"); nil when other words come first.
  private func attributionEnd(from start: Int, to end: Int) -> Int? {
    let comma = (start..<min(end, start + 9)).first { tokens[$0].lower == "," && owner[$0] < 0 } ?? end
    if comma < end { return comma == start || trailingOnly(from: start, to: comma) ? comma : nil }
    return trailingOnly(from: start, to: end) ? end : nil
  }

  /// Only time words, hearers and the like until the end ("…, he said on Monday").
  private func trailingOnly(from start: Int, to end: Int) -> Bool {
    guard start < end else { return true }
    if tokens[start].lower == "," { return true }
    return (start..<end).allSatisfy { index in
      let token = tokens[index]
      return token.isWord
        && (token.classes.contains(.skippable) || token.isCapitalized
          || ["in", "a", "an", "the", "interview", "statement", "with", "to", "reporters", "at", "news", "conference"]
            .contains(token.lower))
        || token.kind == .number
    } && end - start <= 8
  }

  /// "according to X, …" or "…, according to X".
  private func accordingTo(at index: Int, in sentence: Range<Int>, sentenceIndex: Int) -> Reported? {
    let end = contentEnd(of: sentence)
    guard let speaker = phrases.object(from: index + 2, upper: end) else { return nil }
    let cue = index..<index + 2
    let content: Range<Int>
    if index == sentence.lowerBound || (index > sentence.lowerBound && tokens[index - 1].lower != ",") {
      // According to X, content.
      var start = speaker.upperBound
      while start < end, tokens[start].kind == .punctuation, tokens[start].lower == "," { start += 1 }
      content = start..<end
    } else {
      content = sentence.lowerBound..<(index - 1)
    }
    guard content.count >= 3 else { return nil }
    return Reported(
      attribution: Attribution(
        kind: kind(of: content), fragments: [textRange(content)], cue: cue, speaker: speaker, rule: "according-to",
        confidence: 0.85, sentence: sentenceIndex),
      content: content)
  }

  /// Where a sentence's content ends: before its final full stop (a closing mark stays).
  private func contentEnd(of sentence: Range<Int>) -> Int {
    var end = sentence.upperBound
    while end > sentence.lowerBound, tokens[end - 1].kind == .punctuation,
      [".", "!", "?", "…", ";", ","].contains(tokens[end - 1].lower), owner[end - 1] < 0
    {
      end -= 1
    }
    return end
  }

  /// Direct when the content is one quotation, mixed when it holds one, indirect otherwise.
  private func kind(of content: Range<Int>) -> QuoteKind {
    var quotation = -1
    var severalQuotations = false
    var wordsOutside = false
    for index in content {
      let inside = owner[index]
      if inside >= 0 {
        if quotation >= 0 && inside != quotation { severalQuotations = true }
        quotation = inside
      } else if tokens.kind(at: index) == .word {
        wordsOutside = true
      }
    }
    guard quotation >= 0 else { return .indirect }
    return !wordsOutside && !severalQuotations ? .direct : .mixed
  }

  /// The text range of a token range; a single whole quotation gives its inside.
  func textRange(_ range: Range<Int>) -> TextRange {
    if let first = range.first, owner[first] >= 0, let last = range.last, owner[last] == owner[first],
      spans[owner[first]].openToken == first, spans[owner[first]].closeToken == last,
      spans[owner[first]].fragments.count == 1
    {
      return spans[owner[first]].fragments[0]
    }
    return TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
  }
}
