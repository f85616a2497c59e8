/// Words that bound, join or fill the noun phrases that name speakers.
///
/// Where they come from: closed-class English words (determiners, auxiliaries, prepositions,
/// conjunctions, reflexive pronouns) from any English grammar, with the adverbs news copy puts
/// between a subject and its verb of saying ("has also said", "repeatedly denied"), written for
/// Verbatim.
extension Lexicon {
  /// Words that end a noun phrase when walking away from a cue.
  static let boundaries: Set<String> = [
    "that", "which", "when", "while", "as", "if", "because", "but", "or", "so", "after", "before", "since",
    "although", "though", "where", "whether", "than", "whom", "whose", "with", "by", "for", "from", "in", "on",
    "at", "about", "into", "over", "under", "to", "is", "are", "was", "were", "be", "been", "being", "what",
    "how", "why", "not", "nor", "also", "has", "have", "had", "will", "would", "could", "should", "may",
    "might", "must", "can", "did", "does", "do", "then", "than", "there", "here", "yet", "even", "just",
    "only", "still", "already", "too", "very", "said", "says", "say", "told", "tells", "during", "until",
    "against", "without", "within", "through", "between", "among", "upon", "like", "unlike", "per", "via",
    "and", "once", "instead", "rather", "whereas", "unless",
  ]

  /// Adverbs, auxiliaries and time words that may stand between a subject and its cue.
  static let skippable: Set<String> = [
    "also", "later", "previously", "then", "once", "repeatedly", "publicly", "privately", "again", "recently",
    "earlier", "first", "not", "never", "did", "does", "do", "has", "had", "have", "would", "will", "could",
    "may", "might", "should", "is", "was", "were", "are", "been", "reportedly", "frequently", "often", "quickly",
    "simply", "flatly", "angrily", "bluntly", "initially", "ultimately", "finally", "specifically", "explicitly",
    "openly", "famously", "separately", "apparently", "himself", "herself", "themselves", "today", "yesterday",
    "tonight", "now", "last", "week", "night", "month", "year", "morning", "afternoon", "evening", "on", "this",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "further", "already",
    "always", "still", "even", "just", "widely", "clearly", "strongly", "firmly", "correctly", "wrongly",
    "falsely", "rightly", "long", "insistently", "categorically", "emphatically", "generally", "usually",
    "personally", "directly", "officially", "informally", "formally", "jokingly", "subsequently", "afterwards",
  ]

  /// Words that make a following verb form a noun ("the remarks", "of claims") or an
  /// infinitive without a subject of its own ("to call out").
  static let nounMakers: Set<String> = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "of", "for", "about", "over", "on", "in",
    "with", "to", "these", "those", "such", "any", "no", "every", "each", "whose", "from", "by", "at", "into",
    "fresh", "new", "latest", "recent", "further", "racist", "offensive", "other", "more", "less", "many", "few",
    "most", "public", "strong", "broad", "popular", "official", "written", "verbal", "financial", "political",
  ]

  /// Auxiliaries that make a verb of saying passive ("was reported", "may well be repeated").
  static let passiveMarkers: Set<String> = ["be", "been", "being", "is", "was", "were", "are", "am", "get", "got"]

  /// Capitalised conjunctions and openers that start a sentence before its subject.
  static let openers: Set<String> = [
    "if", "when", "while", "as", "after", "before", "because", "although", "though", "since", "but", "and", "so",
    "then", "also", "yet", "still", "once", "until", "unless", "whether", "where", "now", "meanwhile", "however",
  ]

  /// Short words that are never the head of a noun phrase.
  static let functionWords: Set<String> = [
    "of", "in", "on", "to", "is", "it", "be", "an", "as", "at", "by", "do", "go", "if", "no", "or", "so", "up",
    "me", "my", "us", "we", "he", "am", "oh", "ok",
  ]

  static let determiners: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "another", "one", "two", "three", "several", "many",
    "some", "both", "all", "his", "her", "their", "its", "our", "my", "your", "other", "most", "few",
  ]

  /// The articles, before a labelled phrase ("as a “fraud”").
  static let articles: Set<String> = ["a", "an", "the"]

  /// Words that may join the parts of a longer speaker phrase ("a spokesman for the council
  /// Greens", "a voice-over in the ad", "the senator and presidential candidate").
  static let speakerPhraseJoins: Set<String> = ["of", "for", "at", "in", "and", "from", "on", "with"]

  /// Words that join capitalised names ("Department of Justice", "Smith and Jones").
  static let nameJoins: Set<String> = ["of", "and", "for"]

  /// Lowercase words inside a name after it has begun ("Ana de la Vega", "Office for Harbours").
  static let nameParticles: Set<String> = ["of", "the", "de", "van", "von", "da", "bin", "al", "la", "le", "for"]

  /// Words a speaker phrase does not end with ("the head of the", "Smith and").
  static let phraseTrailers: Set<String> = ["of", "the", "and", "for"]

  /// Verb forms of a passive or modal group between a subject and a participle cue ("he was
  /// recorded suggesting", "residents could be seen shouting").
  static let participleGroupWords: Set<String> = [
    "seen", "heard", "caught", "shown", "filmed", "quoted", "could", "can", "to", "of",
  ]

  /// Short words a title of a work leaves in lowercase ("Tales of the Harbour").
  static let titleSmallWords: Set<String> = [
    "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "nor", "but",
  ]

  /// Words before a short time phrase between a pronoun and its verb ("she on Monday said").
  static let timePhraseOpeners: Set<String> = ["in", "on", "last"]
}
