/// Reading the table: an entity's name and role as the text spells them, the names inside a
/// phrase, the names before a place, and the entity a role or an organisation noun was last tied
/// to. Every lookup is a binary search or a hash, never a scan of all entities.
extension EntityTable {
  /// The entity's name as the text spells its fullest mention: no title, possessive or article.
  func name(of entity: Int) -> String {
    let range = entities[entity].name
    var words: [String] = []
    var last: Int?
    for index in range where tokens.kind(at: index) == .word { last = index }
    for index in range where tokens.kind(at: index) == .word {
      var word = text(of: index)
      if index == last { word = word.droppingSuffix("’s").droppingSuffix("'s") }
      // A middle initial and a suffix keep their dot: "William J. Ruiz", "Martin Ruiz Jr.".
      let dotted =
        index + 1 < tokens.count && tokens[index + 1].lower == "." && tokens[index + 1].start == tokens[index].end
        && (tokens[index].isInitial || NameClass.of(tokens[index].lower).contains(.suffix)
          || tokens[index].lower.contains("."))
      words.append(word + (dotted ? "." : ""))
    }
    return words.joined(separator: " ")
  }

  /// The role the document gives the entity first, as written ("shadow minister", "Prime Minister").
  func role(of entity: Int) -> String? {
    entities[entity].role.map(roleText)
  }

  /// The words of a role as written, without a leading article.
  func roleText(_ range: Range<Int>) -> String {
    var start = range.lowerBound
    while start < range.upperBound,
      tokens.kind(at: start) != .word
        || tokens[start].classes.contains(.determiner)
          && ["a", "an", "the"].contains(tokens[start].lower)
    {
      start += 1
    }
    var end = range.upperBound
    while end > start, tokens.kind(at: end - 1) == .punctuation, tokens[end - 1].lower != "." { end -= 1 }
    guard start < end else { return "" }
    var text = self.text
    return text.withUTF8 { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[tokens[start].start..<tokens[end - 1].end]), as: UTF8.self)
    }
  }

  /// The original text of a token (titles and names keep their capitals).
  func text(of index: Int) -> String {
    var text = self.text
    return text.withUTF8 { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[tokens[index].start..<tokens[index].end]), as: UTF8.self)
    }
  }

  /// The name mentions whose names overlap `range`, in text order.
  func mentions(overlapping range: Range<Int>) -> ArraySlice<NameMention> {
    let start = firstMention(endingAfter: range.lowerBound)
    var end = start
    while end < mentions.count, mentions[end].tokens.lowerBound < range.upperBound { end += 1 }
    return mentions[start..<end]
  }

  /// The entity named by tokens overlapping `range` (the last such name), if any.
  func entity(overlapping range: Range<Int>) -> Int? {
    mentions(overlapping: range).last { $0.tokens.overlaps(range) }?.entity
  }

  /// Mentions before token `index`, most recent first, at most `limit` of them.
  func recent(before index: Int, limit: Int = 40) -> [NameMention] {
    var position = firstMention(endingAfter: index) - 1
    var out: [NameMention] = []
    while position >= 0 && out.count < limit {
      if mentions[position].tokens.upperBound <= index { out.append(mentions[position]) }
      position -= 1
    }
    return out
  }

  /// The first mention whose end lies after `offset` (mentions are in text order).
  func firstMention(endingAfter offset: Int) -> Int {
    var low = 0
    var high = mentions.count
    while low < high {
      let mid = (low + high) / 2
      if mentions[mid].tokens.upperBound <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The entity a role word was last tied to before `position`, else the first tied after it;
  /// among the last few ties, one whose role has every word of `modifiers` ("shadow") first; when
  /// `places` (capitalised modifiers: "Leith") are given, only a tie that has them.
  func holder(of role: String, near position: Int, modifiers: [String], places: [String]) -> Int? {
    guard let ties = roleTies[Lexicon.roleForms[role] ?? role], !ties.isEmpty else { return nil }
    let after = firstTie(in: ties, after: position)
    guard !modifiers.isEmpty else { return after > 0 ? ties[after - 1].entity : ties[after].entity }
    // The role and the words after the name ("Sen. Ana Ruiz of Leith") hold every modifier; a
    // place ("the Leith senator") must be there, "former" or "shadow" need not.
    var fallback: Int?
    for tie in ties[max(0, after - 8)..<min(ties.count, after + 2)].reversed() {
      guard let mention = mentions(overlapping: tie.position..<tie.position + 1).first else { continue }
      let context = (mention.role ?? mention.tokens).lowerBound..<min(tokens.count, mention.tokens.upperBound + 4)
      let has = { (word: String) in context.contains { self.tokens[$0].lower == word } }
      if modifiers.allSatisfy(has) { return tie.entity }
      if fallback == nil, places.allSatisfy(has), tie.position < position { fallback = tie.entity }
    }
    return fallback ?? (places.isEmpty && after > 0 ? ties[after - 1].entity : nil)
  }

  /// The organisation an organisation noun ("the company", "the department") was last tied to
  /// before `position`, else the organisation named last before it.
  func organisation(for noun: String, before position: Int) -> Int? {
    if let ties = organisationTies[noun] {
      let after = firstTie(in: ties, after: position)
      if after > 0 { return ties[after - 1].entity }
    }
    let after = firstTie(in: organisations, after: position)
    return after > 0 ? organisations[after - 1].entity : nil
  }

  private func firstTie(in ties: [Tie], after position: Int) -> Int {
    var low = 0
    var high = ties.count
    while low < high {
      let mid = (low + high) / 2
      if ties[mid].position < position { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
