/// What each distinct spelling of a document is to the name reader (its `NameClass` without a
/// possessive, whether it ends in one, whether it can be a word of a name, whether the document
/// also writes it in lowercase), worked out the first time a token of that spelling is asked
/// about and then read from an array: names cost no hashing per token.
final class SpellingFacts {
  private struct Fact {
    var classes: NameClass = []
    var flags: UInt8 = 0
  }

  private static let known: UInt8 = 1
  private static let possessive: UInt8 = 2
  private static let nameWord: UInt8 = 4
  private static let classesKnown: UInt8 = 8

  let tokens: TokenList
  let text: String
  @exclusivity(unchecked) private var facts: [Fact]
  /// The hashes of the words the document writes in lowercase (open addressing, 0 empty), made
  /// when first needed.
  @exclusivity(unchecked) private var lowercase: [Int] = []

  init(tokens: TokenList, text: String) {
    self.tokens = tokens
    self.text = text
    facts = Array(repeating: Fact(), count: tokens.spellings.count)
  }

  /// The classes of token `index`'s word without a possessive ("Vidal's" → "vidal").
  func classes(_ index: Int) -> NameClass {
    let id = Int(tokens.packed[index].spelling)
    if facts[id].flags & Self.classesKnown == 0 {
      let flags = fact(index).flags
      let word = flags & Self.possessive != 0 ? bare(index) : tokens.spellings[id].lower
      var classes = NameClass.of(word)
      // "co-owner", "editor-in-chief", "vice-president": a role after its last hyphen.
      // (The hyphen is found among the bytes: a search by characters costs ~2,000 instructions a word.)
      if classes.isEmpty, let hyphen = word.utf8.lastIndex(of: 0x2D),
        !NameClass.of(String(word[word.utf8.index(after: hyphen)...])).isDisjoint(with: .roleWord)
      {
        classes = .roleNoun
      }
      facts[id].classes = classes
      facts[id].flags |= Self.classesKnown
    }
    return facts[id].classes
  }

  /// Whether token `index` ends in a possessive ("Vidal's", "Vidal’s").
  func isPossessive(_ index: Int) -> Bool { fact(index).flags & Self.possessive != 0 }

  /// Whether token `index` can be a word of a name: a capitalised word, or a particle joined to a
  /// capitalised surname ("al-Amin", "d'Arcy").
  @inline(__always)
  func isNameWord(_ index: Int) -> Bool { fact(index).flags & Self.nameWord != 0 }

  /// Whether the document writes `word` (lowercase) in lowercase somewhere.
  func isWrittenLowercase(_ word: String) -> Bool {
    if lowercase.isEmpty {
      var count = 0
      for spelling in tokens.spellings where !spelling.isCapitalized { count += 1 }
      var capacity = 16
      while capacity < count * 2 { capacity *= 2 }
      lowercase = Array(repeating: 0, count: capacity)
      for spelling in tokens.spellings where !spelling.isCapitalized {
        let hash = Self.hash(spelling.lower)
        var slot = hash & (capacity - 1)
        while lowercase[slot] != 0 && lowercase[slot] != hash { slot = (slot + 1) & (capacity - 1) }
        lowercase[slot] = hash
      }
    }
    let hash = Self.hash(word)
    var slot = hash & (lowercase.count - 1)
    while lowercase[slot] != 0 {
      if lowercase[slot] == hash { return true }
      slot = (slot + 1) & (lowercase.count - 1)
    }
    return false
  }

  /// Whether the document writes `word` (lowercase) in capitals ("HCA").
  func isWrittenInCapitals(_ word: String) -> Bool {
    tokens.spellings.contains { $0.isAllCapitals && $0.lower == word }
  }

  /// A hash of a word's bytes, never 0 (64 bits: two words of a document do not collide).
  private static func hash(_ word: String) -> Int {
    var word = word
    let hash = word.withUTF8 { ByteHash.hash($0.baseAddress!, count: $0.count, readable: $0.count) }
    return hash == 0 ? 1 : hash
  }

  /// Token `index`'s lowercase form (the mark itself for punctuation).
  @inline(__always)
  func lower(_ index: Int) -> String { tokens.spellings[Int(tokens.packed[index].spelling)].lower }

  /// Token `index`'s lowercase word without a possessive.
  func bare(_ index: Int) -> String {
    let lower = tokens.spellings[Int(tokens.packed[index].spelling)].lower
    guard isPossessive(index) else { return lower }
    return lower.droppingSuffix("’s").droppingSuffix("'s")
  }

  @inline(__always)
  private func fact(_ index: Int) -> Fact {
    let id = Int(tokens.packed[index].spelling)
    if facts[id].flags & Self.known != 0 { return facts[id] }
    return learn(index, id)
  }

  private func learn(_ index: Int, _ id: Int) -> Fact {
    var fact = Fact(flags: Self.known)
    let kind = tokens.packed[index].kind
    if kind == .word {
      let spelling = tokens.spellings[id]
      var word = spelling.lower
      // Bytes, not characters: "'s" or "’s" (E2 80 99 73) at the end, a hyphen or an apostrophe
      // near the start.
      let (possessive, joined) = word.withUTF8 { bytes -> (Bool, Bool) in
        let count = bytes.count
        let possessive =
          count > 2 && bytes[count - 1] == 0x73
          && (bytes[count - 2] == 0x27 || (count > 4 && bytes[count - 2] == 0x99 && bytes[count - 4] == 0xE2))
        var joined = false
        for offset in 1..<min(count, 5) where bytes[offset] == 0x2D || bytes[offset] == 0x27 || bytes[offset] == 0xE2 {
          joined = true
        }
        return (possessive, joined && count > 3)
      }
      if possessive { fact.flags |= Self.possessive }
      if spelling.isCapitalized || (joined && joinsParticle(index, word)) { fact.flags |= Self.nameWord }
    }
    facts[id] = fact
    return fact
  }

  /// Whether a lowercase word is a particle joined to a capitalised surname ("al-Amin").
  private func joinsParticle(_ index: Int, _ lower: String) -> Bool {
    for particle in Lexicon.joinedParticles where lower.hasPrefix(particle) {
      let offset = Int(tokens.packed[index].start) + particle.utf8.count
      return offset < Int(tokens.packed[index].end) && startsUppercase(at: offset)
    }
    return false
  }

  private func startsUppercase(at offset: Int) -> Bool {
    let utf8 = text.utf8
    let position = utf8.index(utf8.startIndex, offsetBy: offset)
    let byte = utf8[position]
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    return text.unicodeScalars[position].properties.isUppercase
  }
}
