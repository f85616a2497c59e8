internal import VerbatimCore

/// Where reported content and the words around a quotation begin and end.
extension AttributionContext {
  /// Where reported content ends before the sentence does: at a new predicate of the same
  /// subject (", and also offered to …") or a clause about someone else (", who was …").
  func clauseEnd(from start: Int, to end: Int) -> Int {
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
      if tokens.classes(at: index).contains(.boundary), owner[index] < 0,
        Lexicon.coordinators.contains(tokens[index].lower)
      {
        var probe = index + 1
        while probe < end, tokens[probe].isWord, tokens[probe].classes.contains(.skippable) { probe += 1 }
        if probe < end, Lexicon.newReportVerbs.contains(tokens[probe].lower) {
          return tokens[index - 1].lower == "," ? index - 1 : index
        }
        // "… “a fine plan” and insisted …", "… “a fine plan,” but he left": after a quotation, a
        // verb or a new subject begins a new clause.
        var before = index - 1
        if tokens[before].lower == ",", owner[before] < 0 { before -= 1 }
        if probe < end, owner[before] >= 0, spans[owner[before]].closeToken == before, tokens[probe].isWord,
          !tokens[probe].isCapitalized,
          tokens.classes(at: probe).isCue || tokens[probe].lower.endsWith("ed") || tokens[probe].lower.endsWith("ing")
            || Lexicon.subjectPronouns.contains(tokens[probe].lower)
        {
          return before + 1
        }
        // "… “crooks” (though not all) and promised to …": once a quotation is in, a past verb after
        // "and" is the subject's next deed; so it is after an object with no verb of its own
        // ("endorsed the treasurer and praised her budget"), but not after a clause ("said the
        // fund ran dry and closed").
        if probe < end, isPastVerb(probe) || tokens[probe].classes.isCue && !tokens[probe].isCapitalized,
          quoted || isPastVerb(probe) && !hasVerb(start..<index) && takesObject(probe, before: end)
        {
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
          || Lexicon.commentRelatives.contains(tokens[after].lower)
      {
        return inside ? closed + 1 : index
      }
      if tokens[index].lower == ",", owner[index] < 0 {
        let next = tokens[index + 1].lower
        if Lexicon.commentRelatives.contains(next) { return index }
        // "…, while the board …", "…, according to …": the writer's clause of time, contrast or
        // source after what was said.
        if Lexicon.clauseBreakers.contains(next) { return index }
        // "…, a move that could …": the writer's comment on what was said.
        if next == "a" || next == "an", index + 3 < end,
          (index + 3..<min(end, index + 6)).contains(where: { Lexicon.clauseRelatives.contains(tokens[$0].lower) })
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
          // "…, and he added that …", "…, but most of the riders said …": a new report begins.
          if probe + 1 < end, tokens[probe].isWord,
            tokens[probe].classes.contains(.pronoun) || tokens[probe].isCapitalized,
            tokens[probe + 1].isWord, tokens[probe + 1].classes.isCue
          {
            return index
          }
          if opensReport(at: probe, to: end) { return index }
        }
      }
      index += 1
    }
    return end
  }

  /// Whether a subject and its verb of saying open a clause at `start`: "most of the riders
  /// said …", "the harbour board's auditor found …".
  func opensReport(at start: Int, to end: Int) -> Bool {
    // "…, and what past riders say about it": a question word makes the clause part of the content.
    guard start < end, tokens[start].isWord, owner[start] < 0, !Lexicon.questionWords.contains(tokens[start].lower)
    else { return false }
    for cue in start + 1..<min(end, start + 10) {
      guard owner[cue] < 0, tokens[cue].isWord || tokens[cue].kind == .number else { return false }
      if tokens[cue].isWord, tokens[cue].classes.isCue, !tokens[cue].isCapitalized, isVerbUse(cue, lower: start),
        !tokens[cue].lower.endsWith("ing"),
        let subject = phrases.subject(before: cue, lower: start),
        // The words before the subject's head go with it ("more than half of the drivers").
        (start..<subject.lowerBound).allSatisfy({ !isPastVerb($0) && !tokens[$0].classes.isCue })
      {
        return true
      }
    }
    return false
  }

  /// Whether the word after the verb at `verb` opens its object ("praised her budget", "called
  /// for a vote", "offered to help"), not a noun the verb describes ("guided learning").
  func takesObject(_ verb: Int, before end: Int) -> Bool {
    guard verb + 1 < end else { return false }
    let next = tokens[verb + 1]
    return next.kind == .number || next.isCapitalized
      || next.isWord && !next.classes.isDisjoint(with: [.determiner, .pronoun, .preposition])
  }

  /// Whether the words hold a verb of their own: a subject pronoun, an auxiliary, or a past
  /// form ("the fund ran dry", not "the new treasurer").
  func hasVerb(_ range: Range<Int>) -> Bool {
    range.contains { index in
      tokens[index].isWord
        && (Lexicon.subjectPronouns.contains(tokens[index].lower)
          || Lexicon.finiteAuxiliaries.contains(tokens[index].lower)
          || isPastVerb(index) && !(index > range.lowerBound && tokens[index - 1].classes.contains(.determiner)))
    }
  }

  /// Where the writer's words that carry on a quotation's clause end (“…” from the start,
  /// “…” on how many …), or nil when the quotation ends its clause or its own sentence. The
  /// words stop before the next quotation.
  func wordsAfter(_ span: QuoteSpan, in sentence: Range<Int>) -> Int? {
    let end = contentEnd(of: sentence)
    let next = span.closeToken + 1
    guard next < end, owner[next] < 0, tokens[next].isWord, !tokens[next].isCapitalized,
      !Lexicon.conjunctions.contains(tokens[next].lower),
      closingPunctuation(of: span).map({ [".", "!", "?", ","].contains($0) }) != true
    else { return nil }
    var last = max(next, clauseEnd(from: span.openToken, to: end))
    if let quotation = (next..<last).first(where: { owner[$0] >= 0 }) { last = quotation }
    while last > next, !tokens[last - 1].isWord || Lexicon.prepositions.contains(tokens[last - 1].lower) { last -= 1 }
    // “…” to canvassers, “…” to the crowd: a hearer, not more of what was said.
    if tokens[next].lower == "to", last - next <= 3, next + 1 < last, case let hearer = tokens[next + 1],
      hearer.isCapitalized || hearer.lower.endsWith("s") || hearer.classes.contains(.determiner)
        || hearer.classes.contains(.pronoun)
    {
      return nil
    }
    return last > next ? last : nil
  }

  /// “Morning Hour,” host Ana Ruiz said her guest …: a cue followed by a clause of its own
  /// reports that clause; the quotation before it is a title or a name, not what was said.
  func reportsClause(cue: Range<Int>, speaker: Range<Int>, upper: Int) -> Bool {
    guard speaker.upperBound <= cue.lowerBound, cue.upperBound < upper, tokens[cue.upperBound].isWord,
      !Lexicon.takesHearer.contains(tokens[cue.lowerBound].lower)
    else { return false }
    return Lexicon.clauseOpeners.contains(tokens[cue.upperBound].lower)
  }

  /// Where an attribution's time words, hearers and the like end: at `end`, or at a comma
  /// ("…, he said on Monday, adding …"); nil when other words come first.
  func attributionEnd(from start: Int, to end: Int) -> Int? {
    let comma = (start..<min(end, start + 9)).first { tokens[$0].lower == "," && owner[$0] < 0 } ?? end
    if comma < end { return comma == start || trailingOnly(from: start, to: comma) ? comma : nil }
    return trailingOnly(from: start, to: end) ? end : nil
  }

  /// Only time words, hearers and the like until the end ("…, he said on Monday").
  func trailingOnly(from start: Int, to end: Int) -> Bool {
    guard start < end else { return true }
    if tokens[start].lower == "," { return true }
    return (start..<end).allSatisfy { index in
      let token = tokens[index]
      return token.isWord
        && (token.classes.contains(.skippable) || token.isCapitalized
          || Lexicon.occasionTrailers.contains(token.lower))
        || token.kind == .number
    } && end - start <= 8
  }

  /// Dashes, a spaced hyphen among them, that set off a quotation's signature.
  static let signatureDashes: Set<String> = ["-", "—", "–", "―", "--"]

  /// The dash that signs a quotation, right after it (past its full stop) or opening the next
  /// paragraph, and where the signature's sentence ends.
  func signatureDash(after close: Int, sentenceIndex: Int) -> (dash: Int, upper: Int)? {
    var dash = close + 1
    while dash < tokens.count, [".", ","].contains(tokens[dash].lower), owner[dash] < 0 { dash += 1 }
    guard dash < tokens.count, Self.signatureDashes.contains(tokens[dash].lower), owner[dash] < 0,
      tokens[dash].block - tokens[close].block <= 1,
      let sentence = sentences[sentenceIndex...].prefix(3).first(where: { $0.contains(dash) })
    else { return nil }
    return (dash, sentence.upperBound)
  }

  /// "… and ranked the mayor among the “worst”": a past verb (or a cue) after "and" or "but", a
  /// few words before the quotation at `open` and after `lower`.
  func coordinatedVerb(before open: Int, after lower: Int) -> Int? {
    var index = open - 1
    while index > max(lower, open - 15), owner[index] < 0, tokens[index].isWord || tokens[index].kind == .number {
      if index - 1 >= lower, Lexicon.coordinators.contains(tokens[index - 1].lower),
        isPastVerb(index) || !tokens[index].isCapitalized && tokens[index].classes.isCue
      {
        return index
      }
      index -= 1
    }
    return nil
  }
}
