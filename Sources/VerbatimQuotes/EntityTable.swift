/// The people and organisations a document names, with every mention of each: "Sir Keir
/// Starmer", "Keir Starmer" and "Starmer" are one person; "Azhar Ali", "Councillor Ali",
/// "Mr Ali" and "Azhar" another; two people who share only a surname stay apart.
struct EntityTable {
  struct Entity {
    var words: [String]
    var isOrganisation: Bool
    var gender: SpeakerVocabulary.Gender?
    /// The mention its name is spelled from (the fullest seen), and the title left out of it.
    fileprivate var nameTokens: Range<Int>
    fileprivate var title: String?
    /// Whether that name has a lowercase letter (is not written in capitals).
    fileprivate var nameHasLowercase: Bool
  }

  /// A name in the text: its tokens and the entity it refers to.
  struct NameMention {
    var tokens: Range<Int>
    var entity: Int
  }

  private(set) var entities: [Entity] = []
  private(set) var mentions: [NameMention] = []
  /// Entities by their full words, and people by first name, for lookups in constant time
  /// however long the document.
  private var byWords: [String: Int] = [:]
  private var byFirstName: [String: [Int]] = [:]
  /// Per entity, the surnames and first names it is listed under.
  private var surnamesOf: [[String]] = []
  private var firstNamesOf: [[String]] = []
  /// Per surname, the person with it mentioned last (while building).
  private var lastMentionedBySurname: [String: Int] = [:]
  let tokens: TokenList
  /// The document's text, for the original spelling of names.
  let text: String

  /// Capitalised words that start sentences without being names.
  static let notNames: Set<String> = [
    "the", "a", "an", "but", "and", "or", "in", "on", "at", "it", "this", "that", "these", "those", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "if", "when", "while", "as", "after", "before",
    "there", "here", "what", "why", "how", "who", "where", "so", "then", "now", "yet", "still", "also", "for",
    "with", "by", "from", "to", "of", "asked", "despite", "given", "following", "read", "more", "last", "next",
    "neither", "nor", "both", "all", "some", "many", "most", "no", "not", "one", "two", "three", "mr", "mrs",
    "ms", "dr", "sir", "lady", "lord", "dame", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "today", "yesterday", "however", "meanwhile", "even",
    "again", "already", "well", "yes", "no", "instead", "once", "only", "just", "whether", "because",
    "although", "though", "since", "until", "about", "above", "across", "among", "around", "during", "into",
    "like", "over", "through", "under", "up", "down", "out", "off", "against", "without", "within", "per",
    "labour's", "we’ve", "we've", "i’m", "i'm", "it’s", "it's", "let", "let’s", "let's",
  ]

  /// The table of the names among `tokens` of `text`, whose sentences (in order) are `sentences`.
  init(tokens: TokenList, text: String, sentences: [Range<Int>]) {
    self.tokens = tokens
    self.text = text
    // Room for the names of a typical article, so that the tables rarely grow.
    byWords.reserveCapacity(128)
    byFirstName.reserveCapacity(64)
    lastMentionedBySurname.reserveCapacity(64)
    var index = 0
    var sentence = 0
    var wordTokens: [Int] = []
    while index < tokens.count {
      guard tokens[index].isWord, tokens[index].isCapitalized else {
        index += 1
        continue
      }
      var end = index
      var hasWords = false
      // A name stays within its paragraph.
      while end < tokens.count, tokens[end].block == tokens[index].block {
        let token = tokens[end]
        if token.isWord && token.isCapitalized {
          hasWords = true
          end += 1
          continue
        }
        // "Mr." and "Sen." keep going; "of" inside organisation names.
        if token.lower == ".", end > index, tokens[end - 1].end == token.start,
          tokens[end - 1].classes.contains(.title) || tokens[end - 1].isInitial, end + 1 < tokens.count,
          tokens[end + 1].isCapitalized
        {
          end += 1
          continue
        }
        if token.lower == "of", end + 1 < tokens.count, tokens[end + 1].isCapitalized, hasWords {
          end += 1
          continue
        }
        break
      }
      var first = index
      // Drop leading words that are not names ("The", "But") and take a title apart.
      while first < end, tokens[first].classes.contains(.notName) || tokens[first].lower == "." {
        if tokens[first].classes.contains(.title), first + 1 < end { break }
        first += 1
      }
      wordTokens.removeAll(keepingCapacity: true)
      for token in first..<end where tokens[token].isWord { wordTokens.append(token) }
      let title =
        wordTokens.count > 1 && tokens[wordTokens[0]].classes.contains(.title) ? tokens[wordTokens[0]].lower : nil
      let looksLikeName =
        wordTokens.count == 1
        && !tokens[wordTokens[0]].classes.isDisjoint(with: [.maleFirstName, .femaleFirstName, .party])
      while sentence < sentences.count && sentences[sentence].lowerBound < first { sentence += 1 }
      let startsSentence = sentence < sentences.count && sentences[sentence].lowerBound == first
      if first < end && !(startsSentence && end - first == 1 && title == nil && !looksLikeName) {
        register(first..<end, wordTokens: wordTokens, title: title)
      }
      index = max(end, index + 1)
    }
  }

  /// Whether a name as `display` spells it has a lowercase letter (is not written in capitals).
  private func nameHasLowercase(_ range: Range<Int>, dropping title: String?) -> Bool {
    var isFirst = true
    var last: Int?
    for index in range where tokens[index].isWord { last = index }
    for index in range where tokens[index].isWord {
      defer { isFirst = false }
      if title != nil && isFirst && tokens[index].lower == title { continue }
      var end = tokens[index].end
      if index == last, tokens[index].lower.endsWith("’s") || tokens[index].lower.endsWith("'s") {
        end -= tokens[index].lower.endsWith("’s") ? 4 : 2
      }
      if hasLowercase(tokens[index].start..<end) { return true }
    }
    return false
  }

  /// Whether the text's bytes in `range` have a lowercase letter.
  private func hasLowercase(_ range: Range<Int>) -> Bool {
    var text = text
    return text.withUTF8 { buffer in
      var index = range.lowerBound
      while index < range.upperBound {
        let (scalar, length) = Tokenizer.decode(buffer, at: index)
        if scalar.value < 0x80 ? (scalar.value >= 0x61 && scalar.value <= 0x7A) : scalar.properties.isLowercase {
          return true
        }
        index += length
      }
      return false
    }
  }

  /// Adds a name (its tokens, those of its words, and a title before it) to an entity, new or known.
  private mutating func register(_ range: Range<Int>, wordTokens: [Int], title: String?) {
    var nameTokens = wordTokens[...]
    if title != nil { nameTokens = nameTokens.dropFirst() }
    while let last = nameTokens.last, tokens[last].lower == "of" { nameTokens = nameTokens.dropLast() }
    guard !nameTokens.isEmpty else { return }
    // "Labour's" names Labour.
    var words: [String] = []
    words.reserveCapacity(nameTokens.count)
    var firstClasses: WordClass = []
    var hasOrganisationWord = false
    for index in nameTokens {
      let token = tokens[index]
      // (Only a word ending in "s" can end in a possessive.)
      let word =
        token.lower.utf8.last == UInt8(ascii: "s") ? token.lower.droppingSuffix("’s").droppingSuffix("'s") : token.lower
      let classes = word.utf8.count == token.lower.utf8.count ? token.classes : WordClass.of(word)
      if words.isEmpty { firstClasses = classes }
      if classes.contains(.organisationWord) { hasOrganisationWord = true }
      words.append(word)
    }
    let key = words.count == 1 ? words[0] : words.joined(separator: " ")
    let isOrganisation =
      title == nil
      && (hasOrganisationWord
        || (words.count == 1 ? firstClasses.contains(.party) : SpeakerVocabulary.parties.contains(key))
        || (words.count == 1 && range.count == 1 && tokens[range.lowerBound].end - tokens[range.lowerBound].start <= 5
          && tokens[range.lowerBound].isAllCapitals))
    var gender: SpeakerVocabulary.Gender?
    if let title, let implied = SpeakerVocabulary.titles[title] { gender = implied }
    if gender == nil, words.count >= 2 { gender = firstClasses.firstNameGender }
    if let existing = match(words, key: key, isOrganisation: isOrganisation) {
      // The fullest name wins, and a name in capitals gives way to its ordinary spelling.
      let known = entities[existing]
      if words.count > known.words.count || (words.count == known.words.count && !known.nameHasLowercase) {
        let hasLowercase = nameHasLowercase(range, dropping: title)
        if words.count > known.words.count || hasLowercase {
          entities[existing].words = words
          entities[existing].nameTokens = range
          entities[existing].title = title
          entities[existing].nameHasLowercase = hasLowercase
          index(existing, key: key)
        }
      }
      if entities[existing].gender == nil { entities[existing].gender = gender }
      addMention(range, existing)
      return
    }
    // A lone capitalised word that matches no one is a place or a thing as often as a person:
    // it stays an entity of unknown gender.
    entities.append(
      Entity(
        words: words, isOrganisation: isOrganisation, gender: gender, nameTokens: range, title: title,
        nameHasLowercase: nameHasLowercase(range, dropping: title)))
    surnamesOf.append([])
    firstNamesOf.append([])
    index(entities.count - 1, key: key)
    addMention(range, entities.count - 1)
  }

  private mutating func index(_ entity: Int, key: String) {
    let words = entities[entity].words
    byWords[key] = entity
    guard !entities[entity].isOrganisation, words.count > 1 else { return }
    if let last = words.last, !surnamesOf[entity].contains(last) {
      surnamesOf[entity].append(last)
    }
    if let first = words.first, !firstNamesOf[entity].contains(first) {
      byFirstName[first, default: []].append(entity)
      firstNamesOf[entity].append(first)
    }
  }

  private mutating func addMention(_ range: Range<Int>, _ entity: Int) {
    for surname in surnamesOf[entity] { lastMentionedBySurname[surname] = entity }
    mentions.append(NameMention(tokens: range, entity: entity))
  }

  /// The entity a name refers to: the same words, or a first name or surname of exactly one
  /// person (the most recently named one when several share it).
  private func match(_ words: [String], key: String, isOrganisation: Bool) -> Int? {
    if let exact = byWords[key] { return exact }
    if isOrganisation {
      // "Labour" and "the Labour Party": one organisation.
      for length in stride(from: words.count, through: 1, by: -1) {
        if let shorter = byWords[words.prefix(length).joined(separator: " ")], entities[shorter].isOrganisation {
          return shorter
        }
      }
      return nil
    }
    if words.count == 1 {
      let word = words[0]
      if let surname = lastMentionedBySurname[word] { return surname }
      if let firsts = byFirstName[word], firsts.count == 1 { return firsts[0] }
      return nil
    }
    // A longer form of a name seen alone before ("Ali" then "Azhar Ali").
    if let last = words.last, let single = byWords[last], !entities[single].isOrganisation { return single }
    return nil
  }

  /// The entity's name as the text spells its fullest mention, without the title.
  func name(of entity: Int) -> String {
    display(entities[entity].nameTokens, dropping: entities[entity].title)
  }

  private func display(_ range: Range<Int>, dropping title: String?) -> String {
    var words: [String] = []
    for index in range where tokens[index].isWord {
      if title != nil && words.isEmpty && tokens[index].lower == title { continue }
      // A middle initial keeps its dot: "Tobias K. Lindqvist".
      let dotted = tokens[index].isInitial && index + 1 < range.upperBound && tokens[index + 1].lower == "."
      words.append(text(of: index) + (dotted ? "." : ""))
    }
    return words.joined(separator: " ").droppingSuffix("’s").droppingSuffix("'s")
  }

  /// The original text of a token (titles and names keep their capitals).
  func text(of index: Int) -> String {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: tokens[index].start)
    let end = utf8.index(start, offsetBy: tokens[index].end - tokens[index].start)
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }

  /// The entity named by tokens overlapping `range`, if any.
  func entity(overlapping range: Range<Int>) -> Int? {
    var index = firstMention(endingAfter: range.lowerBound)
    var found: Int?
    while index < mentions.count, mentions[index].tokens.lowerBound < range.upperBound {
      if mentions[index].tokens.overlaps(range) { found = mentions[index].entity }
      index += 1
    }
    return found
  }

  /// Entities named before token `index`, most recent first, at most `limit` of them.
  func recent(before index: Int, limit: Int = 40) -> [(mention: NameMention, entity: Entity)] {
    var position = firstMention(endingAfter: index) - 1
    var out: [(mention: NameMention, entity: Entity)] = []
    while position >= 0 && out.count < limit {
      if mentions[position].tokens.upperBound <= index {
        out.append((mentions[position], entities[mentions[position].entity]))
      }
      position -= 1
    }
    return out
  }

  /// The first mention whose end lies after `offset` (mentions are in text order).
  private func firstMention(endingAfter offset: Int) -> Int {
    var low = 0
    var high = mentions.count
    while low < high {
      let mid = (low + high) / 2
      if mentions[mid].tokens.upperBound <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Mentions near a token, for local searches (appositions).
  func mentions(near index: Int, window: Int) -> ArraySlice<NameMention> {
    let start = firstMention(endingAfter: max(0, index - window))
    var end = start
    while end < mentions.count && mentions[end].tokens.lowerBound < index + window { end += 1 }
    return mentions[start..<end]
  }
}
