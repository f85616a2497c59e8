/// Finds the noun phrase that names a speaker next to a cue: the subject before it ("a party
/// spokesperson said", "Thomas-Symonds has also said") or the phrase after it ("said Mr Ali",
/// "according to the report").
struct PhraseFinder {
  let tokens: TokenList
  let owner: TokenIndexTable

  /// The subject phrase ending just before `end` (exclusive), within `lower...`: the tokens of
  /// the phrase, or nil. With `throughParticiples`, a passive or modal verb group may stand
  /// between ("he was recorded suggesting", "residents could be seen shouting").
  func subject(before end: Int, lower: Int, throughParticiples: Bool = false) -> Range<Int>? {
    var index = end - 1
    // Adverbs and auxiliaries between subject and verb ("he has also said").
    while index >= lower, tokens[index].isWord,
      (!tokens[index].isCapitalized || Lexicon.weekdays.contains(tokens[index].lower))
        && tokens[index].classes.contains(.skippable)
        || (throughParticiples && !tokens[index].isCapitalized
          && (tokens[index].classes.contains(.passiveMarker) || tokens[index].lower.endsWith("ed")
            || Lexicon.participleGroupWords.contains(tokens[index].lower)))
    {
      index -= 1
    }
    // "who in 2010 said", "she on Monday said": a short time phrase between a pronoun and its verb.
    if index - 2 >= lower, tokens[index].kind == .number || Lexicon.weekdays.contains(tokens[index].lower),
      Lexicon.timePhraseOpeners.contains(tokens[index - 1].lower), tokens[index - 2].isWord,
      tokens[index - 2].classes.contains(.pronoun)
    {
      index -= 2
    }
    guard index >= lower, owner[index] < 0 else { return nil }
    // "Sen. Mara Quill (D-Ore.) said": a short bracket after the name belongs to it.
    if tokens[index].lower == ")",
      let open = (max(lower, index - 8)..<index).last(where: { tokens[$0].lower == "(" || tokens[$0].lower == ")" }),
      tokens[open].lower == "(", let named = subject(before: open, lower: lower)
    {
      return named.lowerBound..<index + 1
    }
    let last = index
    let token = tokens[last]
    if token.isWord && token.classes.contains(.pronoun) { return last..<last + 1 }
    guard token.isWord || token.kind == .number else { return nil }
    // A verb form is no subject ("recorded", "seen"), unless a determiner makes it a noun
    // ("the note says", "the statement added").
    if !token.isCapitalized && (token.classes.isCue || token.lower.endsWith("ed")),
      !(last > lower && tokens[last - 1].classes.contains(.determiner))
    {
      return nil
    }
    var first = last
    var words = 0
    while first >= lower && words < 8 {
      let candidate = tokens[first]
      if candidate.kind == .punctuation {
        // "Mr." and "U.S." keep their dots; "Smith, Jones" does not join.
        if candidate.lower == ".", first > lower, abbreviationBefore(first) {
          first -= 1
          continue
        }
        break
      }
      guard candidate.isWord || candidate.kind == .number, owner[first] < 0 else { break }
      if !candidate.isCapitalized && candidate.classes.contains(.boundary) {
        // "of" and "and" join names ("Department of Justice", "Smith and Jones").
        let joins =
          Lexicon.nameJoins.contains(candidate.lower)
          && first > lower && tokens[first - 1].isCapitalized && first + 1 <= last && tokens[first + 1].isCapitalized
        if !joins { break }
      }
      if candidate.classes.contains(.pronoun) && first != last && candidate.lower != "its"
        && !candidate.classes.contains(.determiner)
      {
        break
      }
      if candidate.classes.isCue && !candidate.isCapitalized && first != last { break }
      words += 1
      first -= 1
    }
    first += 1
    // Words that open a sentence without naming anyone ("If Varga", "Having won") are not the subject.
    while first < last, tokens[first].isCapitalized,
      tokens[first].classes.contains(.opener) || tokens[first].lower.endsWith("ing")
    {
      first += 1
    }
    guard first <= last else { return nil }
    // Contractions ("isn’t") are verbs, not speakers.
    if tokens[last].lower.endsWith("n’t") || tokens[last].lower.endsWith("n't")
      || tokens[last].lower.endsWith("’s") && first == last
    {
      return nil
    }
    // A phrase of determiners and adjectives alone names no one.
    let range = first..<last + 1
    guard range.contains(where: { isNounLike($0) }) else { return nil }
    return range
  }

  /// The phrase starting at `start` and ending before `upper`: "Mr Ali", "the shadow minister".
  func object(from start: Int, upper: Int) -> Range<Int>? {
    // "said at a press conference": a phrase naming someone does not open with a preposition.
    if start < upper, tokens[start].isWord, !tokens[start].isCapitalized,
      tokens[start].classes.contains(.boundary) || tokens[start].classes.contains(.preposition)
    {
      return nil
    }
    var index = start
    var words = 0
    var sawCapital = false
    while index < upper && words < 8 {
      let token = tokens[index]
      guard owner[index] < 0 else { break }
      if token.kind == .punctuation {
        if token.lower == ".", index > start, abbreviationBefore(index), index + 1 < upper,
          tokens[index + 1].isCapitalized
        {
          index += 1
          continue
        }
        if token.lower == "-" || token.lower == "’" || token.lower == "'" {
          index += 1
          continue
        }
        break
      }
      guard token.isWord || token.kind == .number else { break }
      if !token.isCapitalized {
        if sawCapital && !Lexicon.nameParticles.contains(token.lower) {
          break
        }
        if token.classes.contains(.boundary) && index > start { break }
        if token.classes.isCue && index > start { break }
      } else {
        sawCapital = true
      }
      words += 1
      index += 1
    }
    guard index > start else { return nil }
    var end = index
    while end > start, Lexicon.phraseTrailers.contains(tokens[end - 1].lower) { end -= 1 }
    let range = start..<end
    guard range.contains(where: { isNounLike($0) }) else { return nil }
    return range
  }

  /// Capitalised words, pronouns, role and group nouns, and plural-looking words can head a
  /// speaker phrase; determiners and adverbs cannot.
  func isNounLike(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isWord else { return false }
    if token.lower == "one" || token.lower == "another" { return true }
    if token.isCapitalized && !token.classes.contains(.determiner) { return true }
    if token.classes.contains(.pronoun) { return true }
    if token.classes.contains(.roleNoun) || token.classes.contains(.groupNoun) {
      return true
    }
    return !token.classes.contains(.determiner) && !token.classes.contains(.boundary)
      && !token.classes.contains(.skippable) && token.lower.count >= 2 && !token.classes.contains(.functionWord)
      && !token.lower.endsWith("ly")
  }

  /// Whether the dot at `dot` ends an abbreviation or a title ("Mr.", "Gov.", "U.S.", "J.").
  func abbreviationBefore(_ dot: Int) -> Bool {
    let previous = tokens[dot - 1]
    return previous.end == tokens[dot].start
      && (Lexicon.abbreviations.contains(previous.lower) || SpeakerVocabulary.titles[previous.lower] != nil
        || previous.isInitial)
  }
}
