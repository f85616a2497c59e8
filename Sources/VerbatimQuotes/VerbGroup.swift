/// The words of a verb group that may stand between a subject and its verb of saying: the
/// auxiliaries, modals, negations and adverbs PolNeAR's guidelines keep with the cue ("has not
/// said", "hasn't said", "has ridiculously claimed", "fiercely opposed").
extension TokenList {
  /// Whether token `index` is an auxiliary, a negation, a time word or an adverb of the verb
  /// group, not the subject or a word of its own ("the family said" keeps "family").
  func isVerbGroupFiller(_ index: Int) -> Bool {
    let token = self[index]
    guard token.isWord, !token.isCapitalized || Lexicon.weekdays.contains(token.lower) else { return false }
    if token.classes.contains(.skippable) { return true }
    return isAdverbInLy(index)
  }

  /// A lowercase -ly adverb ("firmly", "repeatedly"): not a noun or adjective in -ly, and not
  /// after a determiner ("the only", "a friendly").
  func isAdverbInLy(_ index: Int) -> Bool {
    let token = self[index]
    guard token.isWord, !token.isCapitalized, token.lower.utf8.count > 4, token.lower.endsWith("ly"),
      !Lexicon.notAdverbsInLy.contains(token.lower)
    else { return false }
    return index == 0 || !classes(at: index - 1).contains(.determiner)
  }
}
