internal import VerbatimCore

/// Finding cues and the speaker mentions beside them: "he said", "said Mr Ali", "the
/// bespectacled, 71-year-old engineer said", and whether a cue word is used as a verb.
extension AttributionContext {
  /// "he said", "said Mr Ali", "Smith told the BBC": a cue with its speaker, starting at `start`.
  func cueAndSpeaker(startingAt start: Int, upper: Int) -> (cue: Range<Int>, speaker: Range<Int>)? {
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
        // An apposition between speaker and cue: “…,” Varga, 61, told Harbour Radio.
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

  /// After a quotation, a longer phrase before its cue is the speaker: “…,” the bespectacled,
  /// 71-year-old engineer said / state Sen. Mara Quill (D-Ore.) said / a voice-over in the ad states.
  func longSpeakerBeforeCue(startingAt start: Int, upper: Int) -> (cue: Range<Int>, speaker: Range<Int>)? {
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
        if token.classes.contains(.boundary) && !Lexicon.speakerPhraseJoins.contains(token.lower) { return nil }
        if token.classes.contains(.pronoun) && !token.classes.contains(.determiner) { return nil }
      }
      index += 1
    }
    return nil
  }

  /// After “…,” and a subject, any past-tense verb is a verb of saying by the news convention
  /// ("the judge exclaimed", "I confessed"), when the sentence, a comma or a time word follows.
  func conventionalCue(at index: Int, upper: Int) -> Range<Int>? {
    guard index < upper else { return nil }
    let token = tokens[index]
    // Right after “…,” and the speaker, the verb is one of saying whatever it is ("shot back").
    guard token.isWord, !token.isCapitalized, token.lower.count > 2,
      token.lower.endsWith("ed") || token.lower.endsWith("s") || index + 1 >= upper
        || Lexicon.conventionalCueParticles.contains(tokens[index + 1].lower),
      token.classes.isDisjoint(with: [.skippable, .boundary, .determiner, .pronoun, .functionWord, .preposition])
    else { return nil }
    let next = index + 1
    if next >= upper { return index..<index + 1 }
    let following = tokens[next]
    if following.kind == .punctuation || following.kind.isMark { return index..<index + 1 }
    if following.isWord
      && (following.classes.contains(.skippable)
        || Lexicon.conventionalCueFollowers.contains(following.lower))
    {
      return index..<index + 1
    }
    return nil
  }

  /// "said", "says", "added", "wrote": forms that can stand before their subject.
  func isFinite(_ word: String) -> Bool {
    !word.endsWith("ing")
      && (word.endsWith("s") || word.endsWith("ed")
        || Lexicon.irregularFiniteCues.contains(word))
  }

  /// Whether a verb of saying at `index` is used as one: not a noun ("the remarks", "racist
  /// remarks"), not passive ("was reported"), not an infinitive ("to call out").
  func isVerbUse(_ index: Int, lower: Int) -> Bool {
    guard index > lower else { return true }
    let previous = tokens[index - 1]
    let gerund = tokens[index].lower.endsWith("ing")
    // "of saying" is a verb ("accused of saying"); "of claims" is a noun.
    // "each candidate’s support" is a noun.
    if previous.isWord && (previous.lower.endsWith("’s") || previous.lower.endsWith("'s")) && !gerund { return false }
    // "a simple question", "a private email server": determiner and adjective make a noun.
    if index - 2 >= lower, tokens[index - 2].isWord, tokens[index - 2].classes.contains(.determiner),
      previous.isWord, !previous.isCapitalized, !previous.classes.contains(.pronoun), !gerund,
      !previous.lower.endsWith("ly"), Lexicon.isAlsoNoun(tokens[index].lower)
    {
      return false
    }
    // "some states", "both reports": a quantifier before a word that is also a noun.
    if previous.isWord, previous.classes.contains(.determiner), !previous.classes.contains(.pronoun),
      Lexicon.isAlsoNoun(tokens[index].lower), !gerund
    {
      return false
    }
    // "the home state", "Labour support": a bare form that is also a noun, after a word
    // that is not its subject (a singular subject takes "states", "supports").
    if Lexicon.nounLemmas.contains(tokens[index].lower), previous.isWord, !previous.classes.contains(.pronoun),
      !previous.classes.contains(.skippable), !previous.lower.endsWith("s"), !previous.lower.endsWith("ly"),
      !Lexicon.relativePronouns.contains(previous.lower), previous.lower != "to"
    {
      return false
    }
    if previous.isWord && !previous.isCapitalized && previous.classes.contains(.nounMaker)
      && !(gerund && Lexicon.gerundPrepositions.contains(previous.lower))
    {
      return false
    }
    // "has been telling" is progressive, not passive.
    if gerund { return true }
    // Passive: an auxiliary right before the verb, adverbs aside ("had been accused").
    var probe = index - 1
    while probe >= lower, tokens[probe].isWord,
      tokens[probe].lower.endsWith("ly")
        || Lexicon.auxiliaryAdverbs.contains(tokens[probe].lower)
    {
      probe -= 1
    }
    if probe >= lower, tokens[probe].isWord, tokens[probe].classes.contains(.passiveMarker) { return false }
    return true
  }

  /// A cue starting at `index`: a verb of saying ("said", "has said" is found from "said").
  func cueStarting(at index: Int, upper: Int) -> Range<Int>? {
    guard index < upper, tokens[index].isWord, owner[index] < 0, !tokens[index].isCapitalized else { return nil }
    if tokens[index].classes.contains(.strongCue) { return index..<index + 1 }
    return nil
  }

  /// A cue ending at `index` ("said", "told BBC Radio 4’s Today programme"), before a colon.
  func cueEnding(at index: Int, lower: Int) -> Range<Int>? {
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
}
