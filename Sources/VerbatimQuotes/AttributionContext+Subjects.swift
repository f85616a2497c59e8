internal import VerbatimCore

/// Finding the subject that says: the phrase before a cue, an apposition, a coordinated verb's
/// subject, the subject of a clause.
extension AttributionContext {
  func speakerBefore(cue: Range<Int>, lower: Int) -> Range<Int>? {
    // "Okafor interjected to say:", "The letter goes on to say:": the subject of the verb before.
    var verb = cue.lowerBound - 1
    if verb > lower, tokens[verb].lower == "to" {
      verb -= 1
      while verb > lower, Lexicon.toSayFillers.contains(tokens[verb].lower) { verb -= 1 }
      if tokens[verb].isWord, !tokens[verb].isCapitalized, !tokens[verb].classes.contains(.preposition) {
        return speakerBefore(cue: verb..<verb + 1, lower: lower)
      }
    }
    return phrases.subject(before: cue.lowerBound, lower: lower) ?? appositiveSubject(
      before: cue.lowerBound, lower: lower)
      ?? coordinatedSubject(before: cue.lowerBound, lower: lower)
  }

  /// "She greeted supporters and told them …": a verb after "and" shares its clause's subject.
  func coordinatedSubject(before cue: Int, lower: Int) -> Range<Int>? {
    var index = cue - 1
    while index >= lower, tokens.isVerbGroupFiller(index) { index -= 1 }
    guard index > lower, Lexicon.coordinators.contains(tokens[index].lower) else { return nil }
    var end = index
    if end > lower && tokens[end - 1].lower == "," { end -= 1 }
    return firstSubject(in: lower..<end)
  }

  /// "Orla Brandt, a retired ferry pilot who chairs the harbour club, said": when a comma stands before
  /// the cue, the subject is the name that opens the clause.
  func appositiveSubject(before cue: Int, lower: Int) -> Range<Int>? {
    var index = cue - 1
    while index >= lower, tokens.isVerbGroupFiller(index) { index -= 1 }
    guard index > lower, tokens[index].lower == "," else { return nil }
    let commas = (lower..<index).filter { tokens[$0].lower == "," }.count
    guard commas <= 3 else { return nil }
    // "Orla Brandt, 61, who lives above the harbour, says": a name that opens the sentence.
    if tokens[lower].isCapitalized, !tokens[lower].classes.contains(.notName),
      !tokens[lower].classes.contains(.timeWord),
      let opening = firstSubject(in: lower..<index)
    {
      return opening
    }
    return clauseSubject(in: lower..<index + 1)
  }

  /// The subject of the clause before a cue: the first name or pronoun of the nearest
  /// comma-separated stretch that has one ("Hours later, Varga went back …, telling"), skipping
  /// words that open sentences without naming anyone ("When", "Hours later").
  func clauseSubject(in range: Range<Int>) -> Range<Int>? {
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

  func firstSubject(in range: Range<Int>) -> Range<Int>? {
    guard !range.isEmpty else { return nil }
    var range = range
    // A dateline opens wire copy: "DUNMORE —", "Port Ellen (Wire) –", "LINTON, May 3 (Wire) —".
    if let dash = range.prefix(10).first(where: { ["—", "–", "--"].contains(tokens[$0].lower) }),
      range[range.lowerBound..<dash].contains(where: { tokens[$0].isAllCapitals || tokens[$0].lower == "(" })
    {
      range = (dash + 1)..<max(dash + 1, range.upperBound)
    }
    for index in range where tokens[index].isWord && owner[index] < 0 {
      let token = tokens[index]
      if token.classes.contains(.pronoun) && !Lexicon.nonSpeakerPronouns.contains(token.lower) {
        return index..<index + 1
      }
      // A sentence adverb before its comma ("Similarly, Tobias K. Lindqvist … said") names no one.
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

  /// A subject that agrees with its verb: a present-tense "-s" form ("claims", "remarks",
  /// easily a plural noun) wants a name, a pronoun or a determiner before its noun.
  func isPlausibleSubject(_ speaker: Range<Int>, of verb: String) -> Bool {
    // "Varga appears to believe" is a stance; "his first visit appeared to attract" is not speech.
    if verb.startsWith("appear") || verb.startsWith("seem") {
      let head = tokens[speaker.upperBound - 1]
      return head.isCapitalized || Lexicon.stanceSubjects.contains(head.lower)
    }
    guard verb.endsWith("s"), verb != "says" else { return true }
    return speaker.contains { index in
      tokens[index].isCapitalized || tokens[index].classes.contains(.pronoun)
        || tokens[index].classes.contains(.determiner)
    }
  }

  /// Whether the subject of a weak cue (think, want, feel, show) can hold a belief or give
  /// evidence, as PolNeAR's guidelines ask of a source: a person or group by name, pronoun, role
  /// or kind, an organisation, or an artifact that relays language (a report, a poll). Not
  /// "the side buttons feel great" or "you need a tent".
  func canHoldAttitude(_ speaker: Range<Int>) -> Bool {
    let head = tokens[speaker.upperBound - 1]
    if head.classes.contains(.pronoun) { return !Lexicon.impersonalPronouns.contains(head.lower) }
    if head.isCapitalized && !head.classes.contains(.determiner) { return true }
    if !head.classes.isDisjoint(with: [.roleNoun, .groupNoun, .organisationWord]) { return true }
    let singular = head.lower.endsWith("s") ? String(head.lower.dropLast()) : head.lower
    return Lexicon.sourceArtifacts.contains(head.lower) || Lexicon.sourceArtifacts.contains(singular)
  }

  /// Whether a subject can be the source of reported speech from the cue at `cue`: not an
  /// object or possessive pronoun ("them", "her plan"); the writer's or the reader's own voice
  /// ("I think", "we recommend", "you want", "I’ve found") only with a verb of saying ("I told
  /// the board") and only in text written as reporting: on web pages nine in ten of the rest
  /// were the writer narrating. A pronoun must be one that says ("he", "they", "who").
  func isReportingSource(_ speaker: Range<Int>, cue: Int) -> Bool {
    let first = tokens[speaker.lowerBound]
    if first.classes.contains(.writerOrReader) {
      return register.isReporting && tokens[cue].classes.contains(.coreSaying)
    }
    guard speaker.count == 1, first.classes.contains(.pronoun) || first.classes.contains(.determiner) else {
      return true
    }
    return Lexicon.reportingSubjectPronouns.contains(first.lower)
  }
}
