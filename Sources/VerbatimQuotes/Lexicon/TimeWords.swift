/// Words of time and of the occasion of a saying ("on Monday", "in a statement").
///
/// Where they come from: English time adverbs, weekdays and the phrases news copy uses to
/// place a saying ("in an interview", "at a news conference"), written for Verbatim.
extension Lexicon {
  /// Words that open a sentence with a time, not a name ("Hours later, …").
  static let timeWords: Set<String> = [
    "hours", "minutes", "days", "weeks", "months", "years", "moments", "later", "earlier", "then", "afterwards",
    "overnight", "recently", "previously", "initially", "finally",
  ]

  static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  /// Time words before reported content that are not part of it ("saying today he took …").
  static let contentTimeWords: Set<String> = [
    "today", "yesterday", "tonight", "now", "then", "again", "also", "earlier", "later", "recently",
  ]

  /// Words between a cue and its "that" ("said in a statement on Monday that …").
  static let occasionWords: Set<String> = [
    "in", "a", "statement", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Words of an attribution's occasion and hearers after its cue ("…, he said in an interview
  /// with reporters at a news conference").
  static let occasionTrailers: Set<String> = [
    "in", "a", "an", "the", "interview", "statement", "with", "to", "reporters", "at", "news", "conference",
  ]
}
