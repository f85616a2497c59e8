/// Words that make a writer's sentence check-worthy: a measure or a comparison beside a figure.
///
/// Where they come from: English units, quantities and comparatives as fact-checkers list
/// them (figures, shares, records, rises and falls), written for Verbatim.
extension Lexicon {
  static let measureWords: Set<String> = [
    "per", "percent", "%", "million", "billion", "trillion", "thousand", "hundred", "majority", "majorities",
    "points", "point", "times", "dozen", "half", "third", "quarter", "twice", "double", "doubled", "tripled",
    "halved", "£", "$", "€",
  ]

  static let comparisonWords: Set<String> = [
    "more", "less", "fewer", "most", "least", "highest", "lowest", "largest", "biggest", "smallest", "record",
    "increase", "increased", "decrease", "decreased", "rise", "rose", "fell", "fall", "grew", "growth",
    "declined", "decline", "than", "worst", "best", "only", "first", "last", "never", "ever",
  ]
}
