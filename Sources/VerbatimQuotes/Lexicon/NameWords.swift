/// Words that belong to how names are written, in English news and in the naming customs it
/// reports (from the style guides' rules for names: particles stay lowercase inside a name,
/// generational suffixes follow it, company names end in their legal form).
extension Lexicon {
  /// Lowercase particles inside a surname: "Ursula von der Leyen", "Charles de Gaulle", "Osama bin
  /// Laden" (Romance, Germanic, Dutch and Arabic naming customs).
  static let surnameParticles: Set<String> = [
    "de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "van", "von", "zu", "ter", "ten", "bin",
    "ibn", "bint", "al", "el", "la", "le", "st",
  ]

  /// Particles joined to a surname by a hyphen or an apostrophe ("al-Amin", "d'Arcy", "O'Neil"
  /// starts with a capital and needs none).
  static let joinedParticles: [String] = ["al-", "el-", "bin-", "ibn-", "abu-", "d'", "d’", "l'", "l’", "da-"]

  /// Generational suffixes after a name ("Martin Ruiz Jr.", "Ana Ruiz III"): part of the name,
  /// never the surname.
  static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v", "jnr", "snr"]

  /// Legal forms that end a company's name ("Harbour Foods Inc.", "Leith Mills Ltd").
  static let companySuffixes: Set<String> = [
    "inc", "corp", "co", "ltd", "llc", "llp", "plc", "gmbh", "ag", "sa", "nv", "bv", "spa", "pty", "lp",
  ]

  /// Words of photo credits and agency lines ("Photo: Ana Ruiz/Agency", "Courtesy of the
  /// council"): a line with one names no speaker.
  static let creditWords: Set<String> = [
    "photo", "photos", "photograph", "photographs", "photographer", "image", "images", "picture", "pictures",
    "credit", "credits", "courtesy", "illustration", "handout", "pool", "via", "file",
  ]

  /// The months, which end a name when a date follows ("Vidal March 3").
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Adjectives of direction and place that stand capitalised before a noun ("Western
  /// governments", "Southern voters") and name no one on their own.
  static let regionAdjectives: Set<String> = [
    "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west", "northeastern",
    "northwestern", "southeastern", "southwestern", "midwestern", "international", "national", "federal", "global",
  ]
}
