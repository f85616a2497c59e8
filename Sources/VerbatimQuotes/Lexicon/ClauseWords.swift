/// Words that open, join or end clauses: where reported content starts and stops.
///
/// Where they come from: closed-class English words (pronouns, relative pronouns,
/// conjunctions, prepositions, subordinators) from any English grammar, and the commonest
/// irregular past forms of English verbs, written for Verbatim.
extension Lexicon {
  static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i", "it"]

  /// Subjects a verb of seeming takes as a stance ("she appears to believe"), with "who".
  static let stanceSubjects: Set<String> = ["he", "she", "they", "we", "i", "it", "who"]

  /// Pronouns that name no speaker ("it said", "who said" inside a clause, "one", "you").
  static let nonSpeakerPronouns: Set<String> = ["it", "who", "which", "one", "you"]

  static let prepositions: Set<String> = [
    "on", "in", "at", "by", "for", "with", "about", "from", "of", "into", "over", "out", "up", "off", "down",
    "back", "around", "through", "to", "as", "and", "or", "but",
  ]

  /// Words that open a clause about someone else between a cue and a later quotation.
  static let otherClauseWords: Set<String> = ["who", "whom", "whose"]

  /// Relative pronouns whose clause's cue yields to the main clause's ("X, who said …, said").
  static let relativePronouns: Set<String> = ["who", "which", "that"]

  /// Relatives whose referent stands before the speaker ("whom the mayor described as …").
  static let objectRelatives: Set<String> = ["whom", "what", "which"]

  /// Relatives that open the writer's comment after reported content (", which is …").
  static let commentRelatives: Set<String> = ["which", "who"]

  /// Words that open a clause of the cue's own after it: “Title,” host Ana Ruiz said her guest …
  static let clauseOpeners: Set<String> = ["that", "his", "her", "their", "its", "he", "she", "they", "we"]

  /// Words that open a subordinate clause or a question before a quotation: the words before
  /// it are the writer's, not a lead into what was said ("When “…,” she said").
  static let subordinators: Set<String> = [
    "asked", "when", "after", "although", "while", "as", "if", "before", "since", "though",
  ]

  /// Pronouns for things that can open a lead-in with an -ing look-alike ("Nothing …").
  static let thingPronouns: Set<String> = ["nothing", "something", "anything", "everything"]

  /// Conjunctions that join clauses.
  static let conjunctions: Set<String> = ["and", "or", "but"]

  /// Conjunctions before a subject's next deed ("and said", "but left").
  static let coordinators: Set<String> = ["and", "but"]

  /// Words that, after "…, X said,", do not resume what was said (a relative clause, a new
  /// report, a time clause).
  static let nonResuming: Set<String> = ["who", "which", "where", "and", "but", "as", "according", "while", "when"]

  /// Prepositions after which a cue's -ing form is still a verb ("accused of saying").
  static let gerundPrepositions: Set<String> = ["of", "by", "for", "about", "after", "before", "while", "without"]

  /// Auxiliaries and modals that make a clause of the words around them ("the fund is empty").
  static let finiteAuxiliaries: Set<String> = [
    "is", "was", "were", "are", "am", "has", "have", "had", "will", "would", "can", "could", "should", "may",
    "might", "must", "do", "does", "did", "isn't", "wasn't", "won't", "can't", "didn't", "doesn't",
    "isn’t", "wasn’t", "won’t", "can’t", "didn’t", "doesn’t",
  ]

  /// Words that open an indirect question ("asked what the riders said").
  static let questionWords: Set<String> = [
    "what", "how", "why", "who", "whom", "which", "whether", "where", "when", "if",
  ]

  /// Prepositions that also say "roughly" before a figure ("about half", "over 40").
  static let approximators: Set<String> = ["about", "around", "over", "under"]

  /// Adverbs that may stand between an auxiliary and its verb ("had also been accused").
  static let auxiliaryAdverbs: Set<String> = [
    "also", "not", "never", "often", "then", "later", "once", "again", "since", "soon", "now", "even", "still",
  ]

  /// Words between a verb and "to say" ("goes on to say", "said this to say").
  static let toSayFillers: Set<String> = ["on", "this", "that"]

  /// Common irregular past forms that begin a new predicate after "and".
  static let irregularPast: Set<String> = [
    "made", "cast", "gave", "took", "put", "went", "told", "said", "set", "left",
  ]

  /// Words that open a relative clause: ", a move that could …" is the writer's comment.
  static let clauseRelatives: Set<String> = ["that", "which"]

  /// What joins quotations said together ("chanting “…” and “…”", "“…”, “…”").
  static let quotationJoins: Set<String> = ["and", "or", ","]

  /// Words that, after a comma, open the writer's own clause of time, contrast, comparison or
  /// source: reported content stops before them (", while the board …", ", according to …").
  static let clauseBreakers: Set<String> = [
    "according", "while", "when", "whereas", "although", "though", "however", "meaning", "compared", "even",
  ]

  /// Pronouns that name no one in particular as the holder of a belief ("it seems", "you want
  /// a tent that …").
  static let impersonalPronouns: Set<String> = ["it", "you", "you're", "you’re", "you'll", "you’ll", "one", "this"]

  /// The writer's and the reader's pronouns, with their contractions (English grammar's first
  /// and second person): on a page not written as reporting, its own voice ("I think", "we
  /// recommend", "you want", "I’ve found") is no one's reported speech.
  static let writerAndReaderPronouns: Set<String> = [
    "i", "we", "you", "me", "us", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll", "i'll", "we’re", "we're",
    "we’ve", "we've", "we’d", "we'd", "we’ll", "we'll", "you’re", "you're", "you’ve", "you've", "you’d", "you'd",
    "you’ll", "you'll",
  ]

  /// Pronouns that can be the subject of a verb of saying: the third person, and the relatives
  /// ("the board, which said …").
  static let reportingSubjectPronouns: Set<String> = ["he", "she", "they", "it", "who", "which", "that"]

  /// Things that store or relay language and so can be a source (PolNeAR's guidelines: "a
  /// report, a letter, a recording, a study, a database").
  static let sourceArtifacts: Set<String> = [
    "report", "study", "poll", "survey", "data", "analysis", "research", "record", "document", "statement",
    "letter", "memo", "ruling", "court", "evidence", "figure", "result", "review", "audit", "investigation",
    "filing", "complaint", "lawsuit", "indictment", "email", "tweet", "post", "ad", "advertisement", "video",
    "recording", "transcript", "book", "article", "editorial", "column", "story", "website", "page", "message",
    "note", "order", "bill", "law", "rule", "policy", "plan", "proposal", "platform", "campaign", "committee",
  ]
}
