/// The people and organisations a document names, with every mention of each: "Sir Keir
/// Starmer", "Keir Starmer" and "Starmer" are one person; "Azhar Ali", "Councillor Ali",
/// "Mr Ali" and "Azhar" another; two people who share only a surname stay apart.
struct EntityTable {
  struct Entity {
    var name: String
    var words: [String]
    var isOrganisation: Bool
    var gender: SpeakerVocabulary.Gender?
  }

  /// A name in the text: its tokens and the entity it refers to.
  struct NameMention {
    var tokens: Range<Int>
    var entity: Int
  }

  private(set) var entities: [Entity] = []
  private(set) var mentions: [NameMention] = []
  /// Entities by their full words, and people by surname and by first name, for lookups in
  /// constant time however long the document.
  private var byWords: [String: Int] = [:]
  private var bySurname: [String: [Int]] = [:]
  private var byFirstName: [String: [Int]] = [:]
  /// Per entity, the surnames and first names it is listed under.
  private var surnamesOf: [Int: [String]] = [:]
  private var firstNamesOf: [Int: [String]] = [:]
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

  init(tokens: TokenList, text: String, sentenceStarts: Set<Int>) {
    self.tokens = tokens
    self.text = text
    var index = 0
    while index < tokens.count {
      guard tokens[index].isWord, tokens[index].isCapitalized else {
        index += 1
        continue
      }
      var end = index
      var words: [String] = []
      var title: String?
      while end < tokens.count {
        let token = tokens[end]
        if token.isWord && token.isCapitalized {
          words.append(token.lower)
          end += 1
          continue
        }
        // "Mr." and "Sen." keep going; "of" inside organisation names.
        if token.lower == ".", end > index, tokens[end - 1].end == token.start,
          SpeakerVocabulary.titles[tokens[end - 1].lower] != nil || tokens[end - 1].isInitial, end + 1 < tokens.count,
          tokens[end + 1].isCapitalized
        {
          end += 1
          continue
        }
        if token.lower == "of", end + 1 < tokens.count, tokens[end + 1].isCapitalized, !words.isEmpty {
          words.append("of")
          end += 1
          continue
        }
        break
      }
      var first = index
      // Drop leading words that are not names ("The", "But") and take a title apart.
      while first < end, tokens[first].classes.contains(.notName) || tokens[first].lower == "." {
        if SpeakerVocabulary.titles[tokens[first].lower] != nil, first + 1 < end { break }
        first += 1
      }
      words = (first..<end).filter { tokens[$0].isWord }.map { tokens[$0].lower }
      if let head = words.first, SpeakerVocabulary.titles[head] != nil, words.count > 1 {
        title = head
      }
      if first < end && !(sentenceStarts.contains(first) && end - first == 1 && title == nil && !looksLikeName(words)) {
        register(first..<end, words: words, title: title)
      }
      index = max(end, index + 1)
    }
  }

  /// Whether a name has a lowercase letter (is not written in capitals), without allocating.
  private func hasLowercase(_ name: String) -> Bool {
    name.unicodeScalars.contains {
      $0.value < 0x80 ? ($0.value >= 0x61 && $0.value <= 0x7A) : $0.properties.isLowercase
    }
  }

  private func looksLikeName(_ words: [String]) -> Bool {
    words.count == 1 && (SpeakerVocabulary.firstNames[words[0]] != nil || SpeakerVocabulary.parties.contains(words[0]))
  }

  private mutating func register(_ range: Range<Int>, words allWords: [String], title: String?) {
    var words = allWords
    if title != nil { words.removeFirst() }
    while let last = words.last, last == "of" { words.removeLast() }
    // "Labour's" names Labour.
    words = words.map { $0.droppingSuffix("’s").droppingSuffix("'s") }
    guard !words.isEmpty else { return }
    let isOrganisation =
      title == nil
      && (words.contains { SpeakerVocabulary.organisationWords.contains($0) }
        || SpeakerVocabulary.parties.contains(words.joined(separator: " "))
        || (words.count == 1 && range.count == 1 && tokens[range.lowerBound].end - tokens[range.lowerBound].start <= 5
          && tokens[range.lowerBound].isAllCapitals))
    var gender: SpeakerVocabulary.Gender?
    if let title, let implied = SpeakerVocabulary.titles[title] { gender = implied }
    if gender == nil, words.count >= 2, let first = SpeakerVocabulary.firstNames[words[0]] { gender = first }
    if let existing = match(words, isOrganisation: isOrganisation) {
      // The fullest name wins, and a name in capitals gives way to its ordinary spelling.
      let current = entities[existing].name
      if words.count > entities[existing].words.count
        || (words.count == entities[existing].words.count && !hasLowercase(current))
      {
        let name = display(range, dropping: title)
        if words.count > entities[existing].words.count || hasLowercase(name) {
          entities[existing].words = words
          entities[existing].name = name
          index(existing)
        }
      }
      if entities[existing].gender == nil { entities[existing].gender = gender }
      addMention(range, existing)
      return
    }
    if words.count == 1 && title == nil && !isOrganisation && SpeakerVocabulary.firstNames[words[0]] == nil {
      // A lone capitalised word that matches no one is a place or a thing more often than a person.
      entities.append(Entity(name: display(range, dropping: nil), words: words, isOrganisation: false, gender: nil))
      index(entities.count - 1)
      addMention(range, entities.count - 1)
      return
    }
    entities.append(
      Entity(name: display(range, dropping: title), words: words, isOrganisation: isOrganisation, gender: gender))
    index(entities.count - 1)
    addMention(range, entities.count - 1)
  }

  private mutating func index(_ entity: Int) {
    let words = entities[entity].words
    byWords[words.joined(separator: " ")] = entity
    guard !entities[entity].isOrganisation, words.count > 1 else { return }
    if let last = words.last, !(surnamesOf[entity]?.contains(last) ?? false) {
      bySurname[last, default: []].append(entity)
      surnamesOf[entity, default: []].append(last)
    }
    if let first = words.first, !(firstNamesOf[entity]?.contains(first) ?? false) {
      byFirstName[first, default: []].append(entity)
      firstNamesOf[entity, default: []].append(first)
    }
  }

  private mutating func addMention(_ range: Range<Int>, _ entity: Int) {
    for surname in surnamesOf[entity] ?? [] { lastMentionedBySurname[surname] = entity }
    mentions.append(NameMention(tokens: range, entity: entity))
  }

  /// The entity a name refers to: the same words, or a first name or surname of exactly one
  /// person (the most recently named one when several share it).
  func match(_ words: [String], isOrganisation: Bool) -> Int? {
    let joined = words.joined(separator: " ")
    if let exact = byWords[joined] { return exact }
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

  private func display(_ range: Range<Int>, dropping title: String?) -> String {
    var words: [String] = []
    for index in range where tokens[index].isWord {
      if title != nil && words.isEmpty && tokens[index].lower == title { continue }
      // A middle initial keeps its dot: "William J. Bennett".
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
