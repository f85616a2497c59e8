/// A run of capitalised words taken apart: the words that open a sentence without naming anyone
/// ("But", "Meanwhile"), the role before the name ("Prime Minister", "Republican", and lowercase
/// words before the run: "shadow minister"), the name, and a role in apposition after it.
extension NameScanner {
  /// The name in `run` (its words gathered in `words`, a buffer kept between runs).
  func candidate(_ run: Range<Int>, opensSentence: Bool, words: inout [Int]) -> NameCandidate? {
    words.removeAll(keepingCapacity: true)
    for index in run where tokens.kind(at: index) == .word { words.append(index) }
    // Words that open a sentence without naming anyone: "The", "But", "Meanwhile Ruiz".
    var first = 0
    var hasArticle = false
    while first < words.count {
      let token = tokens[words[first]]
      let classes = facts.classes(words[first])
      if token.classes.contains(.notName) && !classes.contains(.title) {
        if token.lower == "the" { hasArticle = true }
        first += 1
        continue
      }
      // "Says Ana Ruiz", "Reportedly Ruiz", "Meanwhile Ruiz": a verb, an adverb or a word the
      // document writes in lowercase, opening the run.
      let isGiven = classes.contains(.givenName)
      if words.count - first > 1, !isGiven,
        token.classes.isCue || token.classes.contains(.skippable)
          || (token.lower.hasSuffix("ly") && facts.isWrittenLowercase(token.lower))
          || (first == 0 && opensSentence && facts.isWrittenLowercase(token.lower)
            && classes.isDisjoint(with: [.roleWord, .affiliation, .organisationWord]))
      {
        first += 1
        continue
      }
      break
    }
    guard first < words.count else { return nil }
    let startsSentence = opensSentence && first == 0
    words.removeFirst(first)
    // The role in capitals before the name: up to its last title or role word.
    var nameStart = 0
    var title: String?
    if words.count > 1, let roleEnd = roleEnd(in: words) {
      nameStart = roleEnd + 1
      let word = bare(words[roleEnd])
      if facts.classes(words[roleEnd]).contains(.title) { title = word }
    } else if words.count >= 3 {
      // "Republican Ana Ruiz": affiliations before a whole name that opens with a given name.
      var start = 0
      while start < words.count - 2, !facts.classes(words[start]).isDisjoint(with: .affiliation) {
        start += 1
      }
      if start > 0, facts.classes(words[start]).contains(.givenName),
        !words[start...].contains(where: { facts.classes($0).contains(.organisationWord) })
      {
        nameStart = start
      }
    }
    guard nameStart < words.count else { return nil }
    // "Vice President", "Senior Brand Manager": a role with no name after it names no one (but
    // "Mr. King" and "Baron" are names).
    let lastClasses = facts.classes(words[words.count - 1])
    if words.count - nameStart >= 2, !lastClasses.isDisjoint(with: .roleWord), !lastClasses.contains(.organisationWord),
      !facts.classes(words[words.count - 2]).contains(.honorific)
    {
      return nil
    }
    let nameWords = words[nameStart...]
    var needs = NameCandidate.Need.nothing
    if nameWords.count == 1 {
      switch loneName(nameWords[nameWords.startIndex], hasArticle: hasArticle) {
      case .no: return nil
      case .withFullName: needs = .fullName
      case .yes: if startsSentence && nameStart == 0 { needs = .evidenceAsOpener }
      }
    }
    let name = nameWords.first!..<nameWords.last! + 1
    let tokens = words[0]..<name.upperBound
    var role: Range<Int>? = nameStart > 0 ? words[0]..<words[nameStart - 1] + 1 : nil
    if role != nil && isHonorific(role!) { role = nil }
    if let before = roleBefore(tokens.lowerBound, extending: role) { role = before }
    if role == nil { role = apposition(after: name.upperBound) }
    return NameCandidate(
      tokens: tokens, name: name, role: role, title: title, needs: needs, hasArticle: hasArticle)
  }

  /// The index in `words` of the last title or role word with a name after it.
  private func roleEnd(in words: [Int]) -> Int? {
    var found: Int?
    var position = 0
    while position < words.count - 1 {
      let index = words[position]
      let classes = facts.classes(index)
      // "Maria del Carmen Ruiz": a particle in lowercase inside a name is no title ("Del.").
      guard !classes.isDisjoint(with: .roleWord), !(classes.contains(.particle) && !self.tokens[index].isCapitalized)
      else {
        position += 1
        continue
      }
      let dotted = index + 1 < self.tokens.count && self.tokens[index + 1].lower == "."
      let afterTitle = position > 0 && !facts.classes(words[position - 1]).isDisjoint(with: .roleWord)
      if classes.contains(.ambiguousTitle) && !dotted && !afterTitle && words.count - position - 1 < 2 {
        position += 1
        continue
      }
      // "Secretary of State Ana Ruiz": the institution after "of" is part of the role.
      var end = position
      if index + 1 < self.tokens.count, ["of", "for"].contains(self.tokens[index + 1].lower),
        position + 2 < words.count
      {
        end = position + 1
      }
      found = end
      position = end + 1
    }
    return found
  }

  private enum LoneName {
    case yes
    case no
    /// Only as the surname or given name of someone the document names in full ("Cuban").
    case withFullName
  }

  /// Whether a one-word name can stand alone as one.
  private func loneName(_ index: Int, hasArticle: Bool) -> LoneName {
    let token = tokens[index]
    let word = bare(index)
    guard word.unicodeScalars.count >= 2, !token.classes.contains(.notName) else { return .no }
    let classes = facts.classes(index)
    if !classes.isDisjoint(with: [.weekday, .creditWord]) { return .no }
    // "Republicans", "Labour", "Israelis" name a group or a party, "The Federalist" a
    // publication; "Jordanian", "Western" or "June" no one, unless someone is so named.
    if !classes.isDisjoint(with: [.nationality, .region, .month])
      || classes.contains(.politicalFamily) && !classes.contains(.partyNoun) && !word.hasSuffix("s")
    {
      return hasArticle && classes.isDisjoint(with: [.region, .month]) ? .yes : .withFullName
    }
    return .yes
  }

  private func isHonorific(_ role: Range<Int>) -> Bool {
    role.allSatisfy { tokens.kind(at: $0) != .word || facts.classes($0).contains(.honorific) }
  }

  /// The role written in lowercase before the name ("shadow minister", "Leith council's finance
  /// director"), joined to a role in capitals there is one: the words back to a determiner, a
  /// verb, a preposition or a punctuation mark, when the word before the name is a role noun.
  private func roleBefore(_ start: Int, extending role: Range<Int>?) -> Range<Int>? {
    var first = role?.lowerBound ?? start
    guard first > 0, tokens.kind(at: first - 1) == .word else { return role }
    let previous = tokens[first - 1]
    let previousClasses = facts.classes(first - 1)
    guard role != nil || (!previous.isCapitalized && !previousClasses.isDisjoint(with: .roleWord)) else {
      return role
    }
    let block = tokens.block(at: start)
    var taken = 0
    while first > 0, taken < 6, tokens.block(at: first - 1) == block, tokens.kind(at: first - 1) == .word {
      let token = tokens[first - 1]
      let classes = token.classes
      if !classes.isDisjoint(with: [.determiner, .boundary, .pronoun, .preposition, .functionWord])
        || classes.isCue || token.lower.hasSuffix("ly") || (token.lower.hasSuffix("ed") && !token.isCapitalized)
      {
        break
      }
      first -= 1
      taken += 1
      // "the council's director": a possessive opens the role.
      if isPossessive(first) { break }
    }
    guard taken > 0 else { return role }
    return first..<(role?.upperBound ?? start)
  }

  /// A role in apposition after the name: ", a spokesperson for the council," or ", 45, a
  /// teacher,": the phrase to the next comma when it holds a role word.
  private func apposition(after end: Int) -> Range<Int>? {
    guard end < tokens.count, tokens[end].lower == ",", tokens.block(at: end) == tokens.block(at: end - 1) else {
      return nil
    }
    var start = end + 1
    // An age: ", 45,".
    if start + 1 < tokens.count, tokens.kind(at: start) == .number, tokens[start + 1].lower == "," { start += 2 }
    guard start < tokens.count, tokens.kind(at: start) == .word else { return nil }
    var index = start
    var hasRole = false
    var relative = false
    while index < min(tokens.count, start + 10), tokens.kind(at: index) == .word {
      let token = tokens[index]
      if ["who", "which", "that", "and"].contains(token.lower) {
        relative = true
        break
      }
      if token.classes.isCue || token.classes.contains(.pronoun) && token.lower != "its" { return nil }
      let classes = facts.classes(index)
      if !classes.isDisjoint(with: [.roleNoun, .title, .politicalFamily, .spokesperson]) { hasRole = true }
      index += 1
    }
    guard hasRole, index > start else { return nil }
    // The phrase ends at punctuation: a comma, a full stop, a bracket.
    if !relative, index < tokens.count, tokens.kind(at: index) == .word { return nil }
    let opening = tokens[start]
    guard !opening.isCapitalized || opening.classes.contains(.determiner) || !facts.classes(start).isEmpty
    else { return nil }
    return start..<index
  }
}
