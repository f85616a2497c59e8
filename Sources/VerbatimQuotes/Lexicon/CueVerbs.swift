/// Cues: the verbs of saying and thinking in every tense, the nouns among their forms, and the
/// frames they take (a hearer, "for", an infinitive). Add a lemma to `strongVerbs` or
/// `weakVerbs` (with its irregular forms, if any) to teach the extractor a new cue.
///
/// Where they come from: written for Verbatim from the reporting verbs of English grammars and
/// news style guides (say, tell, add, note, insist …), widened with the verbs of belief,
/// intention and perception that PolNeAR's annotation guidelines count as attribution (think,
/// want, plan, know, see, show), and with verbs found missing while reading errors on the
/// PolNeAR training split. None names a person, an outlet or an event.
extension Lexicon {
  /// Verbs of saying, by strength: `strong` ones nearly always report speech, `weak` ones
  /// (think, show, want) report a stance or a finding and are trusted less.
  static let strongVerbs: [String: [String]] = [
    "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"], "add": [],
    "write": ["wrote", "written", "writes", "writing"],
    "ask": [], "note": [], "report": [], "announce": [], "suggest": [], "argue": [], "claim": [], "insist": [],
    "deny": ["denied", "denies", "denying"], "warn": [], "explain": [], "acknowledge": [], "declare": [], "state": [],
    "tweet": [], "urge": [], "predict": [], "promise": [], "admit": ["admitted", "admitting"], "confirm": [],
    "contend": [], "maintain": [], "assert": [], "allege": [], "complain": [], "concede": [], "recall": [],
    "respond": [], "reply": ["replied", "replies", "replying"], "reveal": [], "stress": [], "emphasize": [],
    "emphasise": [], "charge": [], "conclude": [], "testify": ["testified", "testifies", "testifying"],
    "vow": [], "pledge": [], "boast": [], "joke": [], "quip": ["quipped", "quipping"], "remark": [],
    "observe": [], "comment": [], "mention": [], "recount": [], "counter": [], "demand": [], "propose": [],
    "recommend": [], "advise": [], "inform": [], "assure": [], "remind": [], "signal": ["signaled", "signalled"],
    "hint": [], "imply": ["implied", "implies", "implying"], "reiterate": [], "repeat": [], "lament": [],
    "retort": [], "dispute": [], "caution": [], "accuse": [], "criticize": [], "criticise": [], "praise": [],
    "describe": [], "question": [], "speculate": [], "estimate": [], "indicate": [],
    "continue": [], "shout": [], "whisper": [], "cry": ["cried", "cries"], "post": [], "blog": ["blogged"],
    "email": [], "threaten": [], "agree": [], "disagree": [], "reject": [], "dismiss": [],
    "brag": ["bragged"], "scoff": [], "proclaim": [],
    "posit": [], "wonder": [], "point": [], "call": [], "endorse": [], "defend": [], "cite": [], "refer": ["referred"],
    "read": ["reads", "reading"], "exclaim": [], "interrupt": [], "confess": [], "snap": ["snapped"],
    "fire": [], "chime": [], "muse": [], "marvel": ["marveled", "marvelled"], "sneer": [], "laugh": [],
    "answer": [], "reaffirm": [], "elaborate": [], "summarize": [], "summarise": [],
    "echo": ["echoed", "echoes"], "yell": [], "chant": [], "scream": [],
  ]

  static let weakVerbs: [String: [String]] = [
    "think": ["thought", "thinks", "thinking"], "believe": [], "hope": [], "fear": [], "worry": ["worried", "worries"],
    "expect": [], "feel": ["felt", "feels", "feeling"], "know": ["knew", "known", "knows"], "want": [],
    "show": ["showed", "shown", "shows", "showing"], "find": ["found", "finds", "finding"],
    "see": ["saw", "seen", "sees"], "understand": ["understood"], "reckon": [], "doubt": [], "suspect": [],
    "consider": [], "support": [], "oppose": [], "favor": [], "favour": [],
    "decline": [], "refuse": [], "appear": [], "seem": [], "plan": ["planned", "planning"], "seek": ["sought"],
    "offer": [], "blame": [], "attack": [], "blast": [], "slam": ["slammed", "slamming"], "order": [],
    "decide": [], "mock": [], "discuss": [], "express": [], "prefer": ["preferred", "preferring"],
    "denounce": [], "decry": ["decried", "decries"], "condemn": [], "thank": [], "request": [], "encourage": [],
    "highlight": [], "learn": ["learnt"], "portray": [], "compare": [], "identify": ["identified", "identifies"],
    "talk": [], "speak": ["spoke", "spoken"], "intend": [], "wish": [], "recognize": [], "recognise": [],
    "dub": ["dubbed", "dubbing"], "label": ["labeled", "labelled", "labeling", "labelling"], "brand": [],
    "hail": [], "tout": [], "chide": [], "bemoan": [], "grouse": [], "herald": [], "applaud": [], "pronounce": [],
  ]

  /// Phrases that attribute what follows (or precedes) to the words after them.
  static let according = ["according", "to"]

  /// All forms of a lemma: the given irregular ones, or the regular -s, -ed, -ing forms.
  static func forms(of lemma: String, irregular: [String]) -> [String] {
    let lemma = lemma.endsWith(":") ? String(lemma.dropLast()) : lemma
    var forms = [lemma]
    forms += irregular
    let endsInE = lemma.endsWith("e")
    let stem = endsInE ? String(lemma.dropLast()) : lemma
    let sibilant = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
    forms.append(sibilant ? lemma + "es" : lemma + "s")
    if !irregular.contains(where: { $0.endsWith("ed") }) { forms.append(endsInE ? lemma + "d" : lemma + "ed") }
    if !irregular.contains(where: { $0.endsWith("ing") }) { forms.append(stem + "ing") }
    if lemma.endsWith("y") && !"aeiou".contains(lemma.dropLast().last ?? "a") {
      let base = lemma.dropLast()
      forms += [base + "ied", base + "ies"]
    }
    return forms
  }

  /// Every form of every verb, with whether it is strong.
  static let verbForms: [String: Bool] = {
    var table: [String: Bool] = [:]
    for (lemma, irregular) in weakVerbs { for form in forms(of: lemma, irregular: irregular) { table[form] = false } }
    for (lemma, irregular) in strongVerbs { for form in forms(of: lemma, irregular: irregular) { table[form] = true } }
    return table
  }()

  /// Cue words that are as often nouns ("a simple question", "the latest reports").
  static let nounLemmas: Set<String> = [
    "report", "claim", "comment", "remark", "note", "tweet", "post", "call", "charge", "answer", "estimate", "hint",
    "signal", "support", "promise", "demand", "question", "email", "fear", "hope", "doubt", "reply", "quip", "joke",
    "pledge", "vow", "counter", "cry", "laugh", "read", "blog", "point", "shout", "whisper", "threat", "warning",
    "state", "attack", "offer", "plan", "order", "request", "wish", "view", "concern", "denial", "criticism",
  ]

  static func isAlsoNoun(_ word: String) -> Bool {
    nounLemmas.contains(word) || (word.endsWith("s") && nounLemmas.contains(String(word.dropLast())))
  }

  /// Verbs that take the hearer as object before what was said ("told reporters that …").
  /// (For "described X as …" or "called X …" the object is part of what was said.)
  static let takesHearer: Set<String> = [
    "tell", "told", "tells", "telling", "ask", "asked", "asks", "asking", "inform", "informed", "informs", "assure",
    "assured", "assures", "remind", "reminded", "reminds", "warn", "warned", "warns", "warning", "urge", "urged",
    "advise", "advised", "promise", "promised", "email", "emailed",
  ]

  /// Verbs whose content follows "for" ("called for more flexibility").
  static let takesFor: Set<String> = [
    "call", "called", "calls", "calling", "ask", "asked", "asks", "asking", "push", "pushed", "pushing", "argue",
    "argued", "argues", "arguing", "press", "pressed", "appeal", "appealed", "plead", "pleaded",
  ]

  /// Verbs whose content may be an infinitive ("urged them to vote").
  static let takesInfinitive: Set<String> = [
    "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "call", "called", "calls", "calling",
    "tell", "told", "tells", "telling", "want", "wanted", "wants", "wanting", "warn", "warned", "warns",
    "advise", "advised", "promise", "promised", "promises", "vow", "vowed", "vows", "pledge", "pledged",
    "threaten", "threatened", "hope", "hoped", "hopes", "expect", "expected", "expects", "plan", "planned",
    "agree", "agreed", "refuse", "refused", "decline", "declined", "remind", "reminded", "appear", "appeared",
    "seem", "seemed", "seems", "appears",
  ]

  /// Irregular finite forms that can stand before their subject ("…, said Ana Ruiz"); regular
  /// ones are told by their -s or -ed ending.
  static let irregularFiniteCues: Set<String> = [
    "said", "told", "wrote", "thought", "felt", "knew", "saw", "found", "replied", "cried", "quipped", "read",
  ]

  /// Verbs that, after "and" or "but", begin a new report rather than continue what was said.
  static let newReportVerbs: Set<String> = [
    "said", "says", "saying", "told", "tells", "telling", "added", "adds", "adding", "noted", "wrote",
  ]

  /// Particles of phrasal cues before their content ("point out", "spoke up").
  static let cueParticles: Set<String> = ["out", "up"]

  /// Words after a past verb that make it a cue by the news convention after “…,” and a
  /// speaker ("shot back", "chimed in").
  static let conventionalCueParticles: Set<String> = ["back", "up", "out", "with", "in", "on", "to", "at"]

  /// Words that may follow a conventional cue's verb: a particle or the start of words about
  /// the saying ("the judge exclaimed during the hearing").
  static let conventionalCueFollowers: Set<String> = [
    "in", "on", "at", "to", "during", "after", "back", "up", "out", "with", "before", "as",
  ]

  /// Verbs of stance whose object alone is what is held ("endorsed the treasurer", "opposed
  /// the plan"): PolNeAR's guidelines count support and opposition as attribution.
  static let stanceVerbs = [
    "endorse", "support", "oppose", "favor", "favour", "prefer", "reject", "criticize", "criticise", "attack",
    "praise", "defend", "denounce", "condemn", "applaud", "slam", "blast", "decry", "hail", "tout", "dismiss",
  ]

  /// Every form of the stance verbs.
  static let stanceVerbForms: Set<String> = Set(
    stanceVerbs.flatMap { lemma in forms(of: lemma, irregular: strongVerbs[lemma] ?? weakVerbs[lemma] ?? []) })

  /// Verbs of finding, which report only a "that" clause ("found that the fund
  /// was empty", not "found a new leader"), as PolNeAR's guidelines read witnessing of facts.
  static let findingVerbForms: Set<String> = Set(
    ["find", "discover"].flatMap { lemma in
      forms(of: lemma, irregular: strongVerbs[lemma] ?? weakVerbs[lemma] ?? [])
    })
}
