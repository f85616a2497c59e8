internal import VerbatimCore

/// Links the clause, quotation or quotations after a verb of saying or thinking to its subject:
/// Varga said the depot would stay open. / The treasurer told the board that the fund was
/// empty. / Residents chanted “Keep it open” and “Not our depot”. / Varga wants the depot kept.
struct ReportingClauseSieve: CueSieve {
  func report(
    at index: Int, classes: WordClass, found: [ReportedContent], in sentence: Range<Int>, sentenceIndex: Int,
    _ context: AttributionContext
  ) -> ReportedContent? {
    guard context.isReportingCue(index, classes: classes, found: found, in: sentence) else { return nil }
    return context.reportingClause(
      cue: index, strong: classes.contains(.strongCue), in: sentence, sentenceIndex: sentenceIndex)
  }
}

extension AttributionContext {
  /// "thinks that …", "believes strongly that …": a "that" clause right after the cue, which
  /// makes even a weak cue a report whoever its subject is (a team, a campaign, a study).
  fileprivate func opensThatClause(after cue: Int, in sentence: Range<Int>) -> Bool {
    var probe = cue + 1
    while probe < min(sentence.upperBound, cue + 4), tokens[probe].isWord, tokens[probe].classes.contains(.skippable) {
      probe += 1
    }
    return probe < sentence.upperBound && tokens[probe].lower == "that" && owner[probe] < 0
  }

  /// "the harbour team", "most riders", "officials": a noun phrase, not a pronoun ("it",
  /// "this") or one bare word that is no plural noun ("please").
  fileprivate func isNamedThing(_ speaker: Range<Int>) -> Bool {
    let first = tokens[speaker.lowerBound]
    guard !first.classes.contains(.pronoun) else { return false }
    return speaker.count > 1 || first.isCapitalized || first.lower.endsWith("s")
  }

  /// "about half of …", "around 40 workers": a word that is also a preposition before a figure.
  fileprivate func opensFigure(_ start: Int, before end: Int) -> Bool {
    guard start + 1 < end, Lexicon.approximators.contains(tokens[start].lower) else { return false }
    let next = tokens[start + 1]
    return next.kind == .number || Lexicon.measureWords.contains(next.lower)
  }

  fileprivate func reportingClause(cue: Int, strong: Bool, in sentence: Range<Int>, sentenceIndex: Int)
    -> ReportedContent?
  {
    let end = contentEnd(of: sentence)
    let word = tokens[cue].lower
    let participle = word.endsWith("ing")
    var subject =
      phrases.subject(before: cue, lower: sentence.lowerBound, throughParticiples: participle)
      ?? appositiveSubject(before: cue, lower: sentence.lowerBound)
      ?? coordinatedSubject(before: cue, lower: sentence.lowerBound)
    // "X did Y, saying …": the clause's subject is the sentence's.
    if subject == nil && participle { subject = clauseSubject(in: sentence.lowerBound..<cue) }
    guard let speaker = subject, isReportingSource(speaker, cue: cue), isPlausibleSubject(speaker, of: word),
      !speaker.contains(where: { tokens[$0].classes.contains(.indefinite) }),
      strong || canHoldAttitude(speaker) || opensThatClause(after: cue, in: sentence) && isNamedThing(speaker)
    else { return nil }
    var start = cue + 1
    // Particles of phrasal cues: "point out", "spoke up", "called for".
    if start < end, Lexicon.cueParticles.contains(tokens[start].lower) { start += 1 }
    if start < end, tokens[start].lower == "for", Lexicon.takesFor.contains(word) { start += 1 }
    // "referred to the plan as “a farce”": what was said is the object and its label.
    if start < end, tokens[start].lower == "to", word.startsWith("refer") { start += 1 }
    // The hearer of told / asked / warned: skip to "that", a comma or a quotation.
    if Lexicon.takesHearer.contains(tokens[cue].lower) {
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
      tokens[probe].classes.contains(.skippable) || Lexicon.occasionWords.contains(tokens[probe].lower)
    {
      probe += 1
    }
    if probe < end && tokens[probe].lower == "that" {
      start = probe + 1
    } else if Lexicon.findingVerbForms.contains(word) {
      // "found a new leader", "saw the crowd": finding and seeing report only a "that" clause.
      return nil
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
        tokens[$0].isWord && Lexicon.subjectPronouns.contains(tokens[$0].lower)
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
      Lexicon.contentTimeWords.contains(tokens[start].lower)
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
      while probe + 1 < end, Lexicon.quotationJoins.contains(tokens[probe].lower), owner[probe] < 0 {
        let next = tokens[probe + 1].lower == "and" || tokens[probe + 1].lower == "or" ? probe + 2 : probe + 1
        guard next < end, owner[next] >= 0, spans[owner[next]].openToken == next else { break }
        last = spans[owner[next]]
        probe = last.closeToken + 1
      }
      if last.openToken != first.openToken {
        let content = start..<last.closeToken + 1
        return ReportedContent(
          attribution: Attribution(
            kind: .mixed, fragments: [textRange(content)], cue: cue..<cue + 1, speaker: speaker,
            sieve: .reportedSpeechQuotations, confidence: strong ? 0.85 : 0.6, sentence: sentenceIndex),
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
      return ReportedContent(
        attribution: Attribution(
          kind: .direct, fragments: quote.fragments, cue: cue..<cue + 1, speaker: speaker,
          sieve: .reportedSpeechQuotation, confidence: strong ? 0.85 : 0.6, sentence: sentenceIndex),
        content: start..<quote.closeToken + 1)
    }
    var clause = clauseEnd(from: start, to: end)
    // "whom the mayor described as “a friend”": the labelled one is named before the speaker.
    if start < end, tokens[start].lower == "as", speaker.lowerBound > sentence.lowerBound,
      Lexicon.objectRelatives.contains(tokens[speaker.lowerBound - 1].lower)
    {
      start = speaker.lowerBound - 1
      clause = clauseEnd(from: cue + 1, to: end)
    }
    // "Varga endorsed Petrov", "the board opposed it": a stance verb's object, however short,
    // is what is held.
    let stance =
      Lexicon.stanceVerbForms.contains(word) && start > cue && start < clause && tokens[start].isWord
      && tokens[start - 1].lower != "that"
    guard clause - start >= (stance ? 1 : 3) else { return nil }
    // What was said is a clause or a quotation, not a prepositional phrase ("commented on …"),
    // though a figure may open it ("said about half of the fleet …").
    if tokens[start].isWord, tokens[start].classes.contains(.preposition),
      !(tokens[start].lower == "to" && Lexicon.takesInfinitive.contains(word)), !opensFigure(start, before: clause)
    {
      return nil
    }
    let content = start..<clause
    let kind = kind(of: content)
    return ReportedContent(
      attribution: Attribution(
        kind: kind, fragments: [textRange(content)], cue: cue..<cue + 1, speaker: speaker,
        sieve: kind == .indirect
          ? .reportedSpeech : kind == .direct ? .reportedSpeechQuotation : .reportedSpeechWithQuotation,
        confidence: strong ? 0.8 : 0.55, sentence: sentenceIndex),
      content: content)
  }
}
