internal import VerbatimCore

/// What the document shows an entity to be.
enum EntityKind: Sendable, Equatable {
  case person
  case organisation
  /// A collective named with a capital: "Republicans", "Israelis".
  case group
  /// A name the document gives no evidence about (a lone surname, a place).
  case unknown
}

/// The people and organisations a document names, with every mention of each: "Sir Keir
/// Starmer", "Keir Starmer" and "Starmer" are one person; "Azhar Ali", "Councillor Ali", "Mr Ali"
/// and "Azhar" another; "Ms. Lin" is "Lin Wei" when the document gives that name; two people who
/// share a surname stay apart, and a surname alone goes to the one mentioned last (marked as
/// ambiguous). Built in two passes: the names (`NameScanner`), then each linked in text order,
/// with what the whole document shows (its full names, the words it writes in lowercase) to
/// decide a lone capitalised word that opens a sentence. Every lookup takes constant time.
struct EntityTable {
  struct Entity {
    /// The lowercase words of the fullest name (no title, possessive or suffix).
    var words: [String]
    var kind: EntityKind
    /// The gender the document gives (a title, "spokeswoman"), else nil.
    var gender: SpeakerGender?
    /// The gender of the given name, from the lexicon: used only when the document gives none.
    var nameGender: SpeakerGender?
    /// The tokens the name is spelled from, and whether they have a lowercase letter.
    fileprivate(set) var name: Range<Int>
    fileprivate var nameHasLowercase: Bool
    /// The first role the document gives the entity.
    fileprivate(set) var role: Range<Int>?
    /// The first token of the entity's first mention.
    fileprivate(set) var introduced: Int

    var isOrganisation: Bool { kind == .organisation }
  }

  /// A name in the text: its tokens and the entity it refers to.
  struct NameMention {
    /// The mention with a role in capitals before the name ("Prime Minister Ana Vidal").
    var tokens: Range<Int>
    var name: Range<Int>
    var entity: Int
    /// Whether another person of the document has the same surname.
    var isAmbiguous: Bool
    var role: Range<Int>?
  }

  /// Where the text ties a role word to an entity ("shadow minister Nick Thomas-Symonds").
  struct Tie {
    var position: Int
    var entity: Int
  }

  private(set) var entities: [Entity] = []
  private(set) var mentions: [NameMention] = []
  let tokens: TokenList
  /// The document's text, for the original spelling of names.
  let text: String
  /// How each block is written (headlines, credits, datelines).
  let styles: BlockStyles
  /// What each spelling is to the name reader.
  let facts: SpellingFacts
  /// The organisation most often named as a party, for "a party spokesperson".
  private(set) var mainParty: Int?
  private var index: NameIndex
  private(set) var roleTies: [String: [Tie]] = [:]
  private(set) var organisationTies: [String: [Tie]] = [:]
  /// Every mention of an organisation, in text order.
  private(set) var organisations: [Tie] = []
  private var partyMentions: [Int: Int] = [:]

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
    "again", "already", "well", "yes", "instead", "once", "only", "just", "whether", "because", "although",
    "though", "since", "until", "about", "above", "across", "among", "around", "during", "into", "like",
    "over", "through", "under", "up", "down", "out", "off", "against", "without", "within", "per", "we’ve",
    "we've", "i’m", "i'm", "it’s", "it's", "let", "let’s", "let's", "according", "amid", "among", "thanks",
    "earlier", "later", "every", "each", "such", "other", "another", "q", "please", "whatever", "maybe",
    "perhaps", "likewise", "besides", "wait", "indeed", "thus", "hence", "therefore", "moreover", "furthermore",
    "nevertheless", "nonetheless", "otherwise", "several", "few", "any", "either", "much", "own", "same", "sure",
    "certainly", "surely", "clearly", "obviously", "sadly", "fortunately", "unfortunately", "hopefully", "finally",
    "first", "second", "third", "lastly", "overall", "still", "plus", "except", "beyond", "behind", "toward",
    "towards", "upon", "via", "unlike", "near", "oh", "ok", "okay", "hey", "no.", "yeah", "well",
  ]

  /// The table of the names among `tokens` of `text`, whose sentences (in order) are `sentences`
  /// and whose blocks are `blocks`.
  init(tokens: TokenList, text: String, sentences: [Range<Int>], blocks: [Block]) {
    self.tokens = tokens
    self.text = text
    facts = SpellingFacts(tokens: tokens, text: text)
    styles = BlockStyles(tokens: tokens, blocks: blocks, facts: facts)
    let scanner = NameScanner(tokens: tokens, facts: facts, sentences: sentences, styles: styles)
    let candidates = scanner.scan()
    index = NameIndex(facts: facts)
    // The surnames and given names of the document's full names, wherever they stand.
    var keys: [[String]] = []
    keys.reserveCapacity(candidates.count)
    for candidate in candidates {
      let words = keyWords(of: candidate.name)
      if words.count >= 2, let last = words.last, let first = words.first {
        index.fullNameWords.insert(last)
        index.fullNameWords.insert(first)
      }
      keys.append(words)
    }
    for (candidate, words) in zip(candidates, keys) { register(candidate, words: words) }
    mainParty = partyMentions.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
  }

  // MARK: Registering

  /// The lowercase words of a name for matching: possessive off the last, suffix ("Jr") left out.
  func keyWords(of name: Range<Int>) -> [String] {
    var words: [String] = []
    var last: Int?
    for index in name where tokens.kind(at: index) == .word { last = index }
    for index in name where tokens.kind(at: index) == .word {
      if index == last, !words.isEmpty, facts.classes(index).contains(.suffix), facts.isNameWord(index) { continue }
      words.append(facts.bare(index))
    }
    return words
  }

  private mutating func register(_ candidate: NameCandidate, words: [String]) {
    guard !words.isEmpty else { return }
    let evidence = self.evidence(for: candidate, words: words)
    var titleGender: SpeakerGender?
    if let title = candidate.title, let implied = Lexicon.titles[title] { titleGender = implied }
    let match = index.match(
      words, kind: evidence.kind, gender: titleGender ?? evidence.gender, titled: candidate.title != nil, in: entities)
    if match == nil {
      switch candidate.needs {
      case .nothing: break
      case .fullName: if !index.fullNameWords.contains(words[0]) { return }
      case .evidenceAsOpener:
        if !index.acceptsLoneWord(tokens[candidate.name.lowerBound], words[0]) || isAdverbial(candidate.name) { return }
      }
    }
    let entity: Int
    if let found = match?.entity {
      entity = found
      update(entity, with: candidate, words: words, evidence: evidence, titleGender: titleGender)
    } else {
      entity = entities.count
      let hasLowercase = nameHasLowercase(candidate.name)
      entities.append(
        Entity(
          words: words, kind: evidence.kind, gender: titleGender ?? evidence.gender,
          nameGender: words.count >= 2 ? facts.classes(candidate.name.lowerBound).givenNameGender : nil,
          name: candidate.name, nameHasLowercase: hasLowercase, role: candidate.role,
          introduced: candidate.tokens.lowerBound))
      index.add(entity, words: words, kind: evidence.kind)
    }
    index.mentioned(
      entity, gender: entities[entity].gender ?? entities[entity].nameGender, words: entities[entity].words)
    mentions.append(
      NameMention(
        tokens: candidate.tokens, name: candidate.name, entity: entity, isAmbiguous: match?.isAmbiguous ?? false,
        role: candidate.role))
    tie(candidate, to: entity)
  }

  /// What a name and the words around it show: the kind of entity, and a gender.
  private func evidence(for candidate: NameCandidate, words: [String]) -> (kind: EntityKind, gender: SpeakerGender?) {
    var gender: SpeakerGender?
    var personRole = false
    if let role = candidate.role {
      for index in role where tokens.kind(at: index) == .word {
        let classes = facts.classes(index)
        if let implied = classes.gender { gender = implied }
        if !classes.isDisjoint(with: .roleWord) { personRole = true }
      }
    }
    let last = words[words.count - 1]
    var lastIndex = candidate.name.upperBound - 1
    while lastIndex > candidate.name.lowerBound, tokens.kind(at: lastIndex) != .word { lastIndex -= 1 }
    let lastClasses = facts.classes(lastIndex)
    if words.count == 1 {
      if lastClasses.contains(.partyNoun) { return (.organisation, nil) }
      // "The Federalist", "The Independent": a publication.
      if candidate.hasArticle, !lastClasses.isDisjoint(with: [.politicalFamily, .nationality]) {
        return (.organisation, nil)
      }
      if !lastClasses.isDisjoint(with: [.politicalFamily, .peopleNoun])
        || (last.hasSuffix("s") && NameClass.of(String(last.dropLast())).contains(.nationality))
      {
        return (.group, nil)
      }
    }
    let first = tokens[candidate.name.lowerBound]
    let givenName = words.count >= 2 && facts.classes(candidate.name.lowerBound).contains(.givenName)
    if candidate.title != nil || personRole { return (.person, gender) }
    if candidate.name.contains(where: {
      tokens.kind(at: $0) == .word && !facts.classes($0).isDisjoint(with: [.organisationWord, .companySuffix])
    }), !(givenName && words.count == 2) {
      return (.organisation, nil)
    }
    if words.count == 1, candidate.name.count == 1, first.isAllCapitals, first.end - first.start <= 5 {
      return (.organisation, nil)
    }
    // "a spokesperson for Tessaly Water", "a Tessaly Water spokesperson": someone speaks for it.
    if !givenName, spokenFor(candidate.tokens) { return (.organisation, nil) }
    return (givenName ? .person : .unknown, gender)
  }

  private mutating func update(
    _ entity: Int, with candidate: NameCandidate, words: [String], evidence: (kind: EntityKind, gender: SpeakerGender?),
    titleGender: SpeakerGender?
  ) {
    var known = entities[entity]
    // The fullest name wins, and a name in capitals gives way to its ordinary spelling.
    if words.count > known.words.count || (words.count == known.words.count && !known.nameHasLowercase) {
      let hasLowercase = nameHasLowercase(candidate.name)
      if words.count > known.words.count || hasLowercase {
        known.words = words
        known.name = candidate.name
        known.nameHasLowercase = hasLowercase
        if words.count >= 2 { known.nameGender = facts.classes(candidate.name.lowerBound).givenNameGender }
        index.add(entity, words: words, kind: known.kind == .unknown ? evidence.kind : known.kind)
      }
    }
    if known.kind == .unknown || (evidence.kind == .person && candidate.title != nil) {
      if evidence.kind != .unknown { known.kind = evidence.kind }
    }
    if known.gender == nil { known.gender = titleGender ?? evidence.gender }
    if known.role == nil { known.role = candidate.role }
    entities[entity] = known
  }

  /// Records the role words of a mention, and an organisation's own words, as tied to it.
  private mutating func tie(_ candidate: NameCandidate, to entity: Int) {
    let position = candidate.name.lowerBound
    if let role = candidate.role {
      for index in role where tokens.kind(at: index) == .word {
        let classes = facts.classes(index)
        guard !classes.isDisjoint(with: .roleWord), !classes.contains(.honorific) else { continue }
        let word = facts.bare(index)
        roleTies[Lexicon.roleForms[word] ?? word, default: []].append(Tie(position: position, entity: entity))
      }
    }
    guard entities[entity].kind == .organisation else { return }
    let words = entities[entity].words
    for word in words where !NameClass.of(word).isDisjoint(with: [.organisationWord, .organisationNoun]) {
      organisationTies[word, default: []].append(Tie(position: position, entity: entity))
    }
    if words.contains(where: { NameClass.of($0).contains(.companySuffix) }) {
      organisationTies["company", default: []].append(Tie(position: position, entity: entity))
    }
    organisations.append(Tie(position: position, entity: entity))
    if words.contains("party") || words.contains(where: { NameClass.of($0).contains(.partyNoun) }) {
      partyMentions[entity, default: 0] += 1
    }
  }

  /// Whether a spokesperson's noun stands right before ("spokesperson for") or after the name.
  private func spokenFor(_ name: Range<Int>) -> Bool {
    let before = name.lowerBound - 2
    if before >= 0, facts.classes(before).contains(.spokesperson),
      ["for", "of", "at"].contains(facts.lower(before + 1))
    {
      return true
    }
    return name.upperBound < tokens.count && tokens.kind(at: name.upperBound) == .word
      && facts.classes(name.upperBound).contains(.spokesperson)
  }

  /// Whether a word opening a sentence is followed by a comma that is no apposition ("Likewise,
  /// …"), as adverbs are and names are not.
  private func isAdverbial(_ name: Range<Int>) -> Bool {
    let next = name.upperBound
    guard next + 1 < tokens.count, tokens[next].lower == "," else { return false }
    let after = tokens[next + 1]
    return !(after.kind == .number || after.classes.contains(.determiner) || after.isCapitalized)
  }

  /// Whether a name as the text spells it has a lowercase letter (is not written in capitals).
  private func nameHasLowercase(_ range: Range<Int>) -> Bool {
    range.contains { tokens.kind(at: $0) == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCapitals }
  }
}
