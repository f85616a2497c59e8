/// A speaker's name folded to the key that identifies them across documents: titles, honorifics
/// and post-nominals dropped ("Councillor Azhar Ali MP" and "Azhar Ali" share `azhar ali`).
/// Only a key of two or more words (or an organisation's name) is trusted to merge speakers
/// across documents; a surname alone never is.
public struct SpeakerKey: Sendable, Hashable {
  public let words: [String]

  /// - Parameter organisation: whether the name is an organisation's ("Labour Party" and
  ///   "Labour" share `labour`).
  public init(_ name: String, organisation: Bool = false) {
    var words = ClaimWords(name).words
    if organisation, words.count > 1, words.last == "party" { words.removeLast() }
    while let first = words.first, words.count > 1, Self.titles.contains(first) { words.removeFirst() }
    while let last = words.last, words.count > 1, Self.postNominals.contains(last) { words.removeLast() }
    self.words = words
  }

  public var text: String { words.joined(separator: " ") }
  public var surname: String? { words.last }
  /// Whether the key names someone fully enough to merge on: at least a first name and a surname.
  public var isFull: Bool { words.count >= 2 }

  static let titles: Set<String> = [
    "the", "sir", "dame", "lord", "lady", "baroness", "baron", "mr", "mrs", "ms", "miss", "mx", "dr", "prof",
    "professor", "councillor", "cllr", "rev", "reverend", "president", "senator", "sen", "rep", "representative",
    "governor", "gov", "mayor", "judge", "justice", "minister", "secretary", "chancellor", "general", "gen",
    "captain", "capt", "colonel", "col", "sergeant", "sgt", "officer", "detective", "inspector", "chief",
    "superintendent", "former", "shadow", "deputy", "mp", "msp", "king", "queen", "prince", "princess", "pope",
    "father", "rabbi", "imam", "sheikh", "speaker", "leader",
  ]
  static let postNominals: Set<String> = [
    "mp", "msp", "mep", "qc", "kc", "jr", "sr", "ii", "iii", "obe", "mbe", "cbe", "phd", "md", "esq",
  ]
}
