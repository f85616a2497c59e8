/// A name as the text writes it: its tokens, the name itself, and the role written with it.
struct NameCandidate {
  /// The tokens of the whole mention: a title or role in capitals before the name included
  /// ("Prime Minister Ana Vidal").
  var tokens: Range<Int>
  /// The tokens of the name: "Ana Vidal", "Ursula von der Heide", "Martin Ruiz Jr".
  var name: Range<Int>
  /// The role the text gives with the name, before it ("shadow minister", "Prime Minister") or in
  /// apposition after it ("a spokesperson for the council"), if any.
  var role: Range<Int>?
  /// The title word just before the name ("mr", "sen"), for gender.
  var title: String?
  /// What a lone word needs to count as a name.
  var needs: Need = .nothing
  /// Whether "The" stood before the name ("The Federalist").
  var hasArticle = false

  enum Need {
    case nothing
    /// One capitalised word opening a sentence: a name when the document names someone so, or
    /// never writes it in lowercase.
    case evidenceAsOpener
    /// A word that is usually no name ("Cuban", "Green", "June"): a name only when the document
    /// names someone so in full.
    case fullName
  }
}

/// Finds the names of a document in one pass over its tokens: runs of capitalised words, joined
/// by particles ("von der"), initials ("J."), suffixes (", Jr."), "of" in an institution's name;
/// cut at a possessive ("Vidal's | March"), a weekday, a date, a change to capitals, and in a
/// title-case headline at every word the document also writes in lowercase. Each run is split
/// into the role before it and the name.
struct NameScanner {
  let tokens: TokenList
  let facts: SpellingFacts
  let sentences: [Range<Int>]
  let styles: BlockStyles

  /// The tokens of the name runs, in text order.
  func scan() -> [NameCandidate] {
    var candidates: [NameCandidate] = []
    var index = 0
    var sentence = 0
    var words: [Int] = []
    words.reserveCapacity(16)
    while index < tokens.count {
      guard isNameWord(index) else {
        index += 1
        continue
      }
      // "The", "But", "He" alone: no name ("Ms." goes on to the name after its dot).
      let classes = tokens.classes(at: index)
      if !classes.isDisjoint(with: [.notName, .pronoun]), !classes.contains(.title),
        index + 1 >= tokens.count || !isNameWord(index + 1)
      {
        index += 1
        continue
      }
      let style = styles.style(at: index)
      if style.isNotSpeech {
        index += 1
        continue
      }
      if let dateline = style.datelineEnd, index < dateline {
        index = dateline
        continue
      }
      let end = runEnd(from: index, titleCase: style.isTitleCase)
      while sentence < sentences.count && sentences[sentence].upperBound <= index { sentence += 1 }
      // The first word of a sentence, after any quotation mark or bracket.
      let opensSentence =
        sentence < sentences.count && sentences[sentence].lowerBound <= index
        && (sentences[sentence].lowerBound..<index).allSatisfy { tokens.kind(at: $0) != .word }
      if let candidate = candidate(index..<end, opensSentence: opensSentence, words: &words) {
        candidates.append(candidate)
      }
      index = max(end, index + 1)
    }
    return candidates
  }

  // MARK: Runs

  /// Whether token `index` can be a word of a name.
  func isNameWord(_ index: Int) -> Bool { facts.isNameWord(index) }

  /// The end (exclusive) of the run of name words from `start`.
  private func runEnd(from start: Int, titleCase: Bool) -> Int {
    let block = tokens.block(at: start)
    var last = start
    var probe = start + 1
    while probe < tokens.count, tokens.block(at: probe) == block {
      if isNameWord(probe) {
        if breaks(before: probe, after: last, titleCase: titleCase) { break }
        last = probe
        probe += 1
        continue
      }
      let next = probe + 1
      let kind = tokens.kind(at: probe)
      if kind == .punctuation {
        let mark = facts.lower(probe)
        // "Sen." and "J." keep going.
        if mark == ".", tokens.packed[probe].start == tokens.packed[probe - 1].end, next < tokens.count,
          isNameWord(next), tokens.block(at: next) == block, takesDot(probe - 1)
        {
          probe += 1
          continue
        }
        // ", Jr."
        if mark == ",", next < tokens.count, tokens.kind(at: next) == .word, facts.classes(next).contains(.suffix),
          tokens[next].isCapitalized, tokens.block(at: next) == block
        {
          last = next
          probe = next + 1
          continue
        }
        break
      }
      guard kind == .word else { break }
      // "von der Heide", "bin Salem": lowercase particles before a capitalised surname.
      if facts.classes(probe).contains(.particle) {
        var ahead = probe
        while ahead < min(tokens.count, probe + 3), tokens.kind(at: ahead) == .word,
          facts.classes(ahead).contains(.particle), !tokens[ahead].isCapitalized
        {
          ahead += 1
        }
        if ahead > probe, ahead < tokens.count, isNameWord(ahead), tokens.block(at: ahead) == block,
          tokens[ahead].isCapitalized, !isPossessive(last)
        {
          probe = ahead
          continue
        }
      }
      let word = facts.lower(probe)
      // "Department of Justice", "Secretary of State", "Centre for Coastal Studies".
      if word == "of" || word == "for", !isPossessive(last),
        !facts.classes(last).isDisjoint(with: [.organisationWord, .title, .roleNoun])
      {
        var ahead = next
        if ahead < tokens.count, tokens[ahead].lower == "the" { ahead += 1 }
        if ahead < tokens.count, isNameWord(ahead), tokens.block(at: ahead) == block {
          probe = ahead
          continue
        }
      }
      break
    }
    return last + 1
  }

  /// Whether a name cannot go on from token `last` to the name word `next`.
  private func breaks(before next: Int, after last: Int, titleCase: Bool) -> Bool {
    if isPossessive(last) { return true }
    let token = tokens[next]
    let classes = facts.classes(next)
    if classes.contains(.weekday) { return true }
    if classes.contains(.month), next + 1 < tokens.count, tokens.kind(at: next + 1) == .number { return true }
    // "Ana Vidal Says": a capitalised verb of saying glued on from a headline.
    if token.classes.isCue, token.lower.hasSuffix("s"), !classes.contains(.givenName) { return true }
    // "LEITH MAYOR Ana Vidal": a change from capitals to ordinary spelling or back.
    let previous = tokens[last]
    if previous.isAllCapitals != token.isAllCapitals,
      (previous.isAllCapitals ? previous : token).end - (previous.isAllCapitals ? previous : token).start >= 4
    {
      return true
    }
    // A headline in title case: a word the document also writes in lowercase, or a word of
    // grammar ("Just", "Her", "That"), is no name.
    if titleCase, token.isCapitalized, classes.isDisjoint(with: [.title, .organisationWord]),
      facts.isWrittenLowercase(token.lower) || !token.classes.isDisjoint(with: Self.grammarWords)
    {
      return true
    }
    return false
  }

  /// Words of grammar, which a name in a title-case headline does not run through.
  static let grammarWords: WordClass = [
    .strongCue, .weakCue, .pronoun, .skippable, .boundary, .determiner, .notName, .preposition, .functionWord,
    .opener,
  ]

  /// Whether the dot after token `index` belongs to it: a title, an initial, "Jr.", "U.S.".
  private func takesDot(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isWord else { return false }
    if token.isInitial || token.classes.contains(.title) { return true }
    let classes = facts.classes(index)
    if classes.contains(.title) || classes.contains(.suffix) { return true }
    // "J.R", "U.S": single letters and dots.
    return token.lower.utf8.count <= 5 && token.lower.utf8.contains(UInt8(ascii: "."))
  }

  /// Whether the word ends in a possessive ("Vidal's", "Vidal’s").
  func isPossessive(_ index: Int) -> Bool { facts.isPossessive(index) }

  /// The lowercase word without a possessive.
  func bare(_ index: Int) -> String { facts.bare(index) }
}
