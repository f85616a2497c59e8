/// Abbreviations whose dot does not end a sentence, and the words that plainly start one.
///
/// Where they come from: the abbreviations of English news style (titles, months, company
/// suffixes, Latin), written for Verbatim.
extension Lexicon {
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "jr", "sr", "inc",
    "co", "corp", "ltd", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "prof", "rev", "mt", "ft", "dept", "univ", "bros", "cmdr", "adm", "maj", "pres",
    "supt", "hon", "del", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "d.c", "u.n", "cllr", "sens", "reps", "gens",
  ]

  /// Abbreviated titles, which a name always follows: their dot never ends a sentence.
  static let titleAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "prof", "rev", "hon", "cllr", "lt", "col", "sgt",
    "capt", "del",
  ]

  /// Words that plainly start a sentence after an abbreviation's dot.
  static let sentenceOpeners: Set<String> = [
    "the", "a", "an", "but", "and", "he", "she", "they", "it", "we", "i", "this", "that", "these", "those",
    "in", "on", "at", "his", "her", "their", "its", "there", "when", "while", "after", "as", "if", "however",
  ]
}
