/// A speaker's name folded to the key that identifies them across documents: case and
/// diacritics folded, apostrophes and full stops dropped, hyphenated names kept whole
/// ("Thomas-Symonds" is one word), titles, honorifics and post-nominals dropped ("Councillor
/// Azhar Ali MP", "AZHAR ALI" and "Azhar Ali" share `azhar ali`). A name is full when it has a
/// given name before the surname; the surname keeps its particles ("von der Leyen"). Only a full
/// key (or an organisation's name) is trusted to merge speakers across documents by itself.
public struct SpeakerKey: Sendable, Hashable {
  public let words: [String]
  /// Where the surname starts in `words`: after the given names, at its particles.
  private let surnameStart: Int
  /// The name's words as written, less the titles and post-nominals the key drops.
  public let displayName: String

  /// - Parameter organisation: whether the name is an organisation's ("Labour Party" and
  ///   "Labour" share `labour`); an organisation's name keeps its first word.
  public init(_ name: String, organisation: Bool = false) {
    var written: [Substring] = []
    var words: [String] = []
    for token in name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," }) {
      let folded = ClaimWords(token).words.joined(separator: "-")
      guard !folded.isEmpty else { continue }
      written.append(token)
      words.append(folded)
    }
    if organisation {
      if words.count > 1, words.first == "the" {
        words.removeFirst()
        written.removeFirst()
      }
      // "Labour Party" and "Labour" share a key; the name keeps its word.
      if words.count > 1, words.last == "party" { words.removeLast() }
    } else {
      while let first = words.first, words.count > 1, Self.titles.contains(first) {
        words.removeFirst()
        written.removeFirst()
      }
    }
    while !organisation, let last = words.last, words.count > 1, Self.postNominals.contains(last) {
      words.removeLast()
      written.removeLast()
    }
    var start = max(0, words.count - 1)
    while start > 0, Self.particles.contains(words[start - 1]) { start -= 1 }
    self.words = words
    surnameStart = organisation ? 0 : start
    displayName = written.joined(separator: " ")
  }

  public var text: String { words.joined(separator: " ") }
  /// The family name with its particles (`von der leyen`), nil for an empty key.
  public var surname: String? { words.isEmpty ? nil : words[surnameStart...].joined(separator: " ") }
  /// Whether the key names someone fully enough to merge on: a given name and a surname.
  public var isFull: Bool { surnameStart > 0 }

  static let titles: Set<String> = [
    "the", "sir", "dame", "lord", "lady", "baroness", "baron", "mr", "mrs", "ms", "miss", "mx", "dr", "prof",
    "professor", "councillor", "cllr", "rev", "reverend", "president", "senator", "sen", "rep", "representative",
    "governor", "gov", "mayor", "judge", "justice", "minister", "secretary", "chancellor", "general", "gen",
    "captain", "capt", "colonel", "col", "sergeant", "sgt", "officer", "detective", "inspector", "chief",
    "superintendent", "former", "shadow", "deputy", "mp", "msp", "king", "queen", "prince", "princess", "pope",
    "father", "rabbi", "imam", "sheikh", "speaker", "leader", "prime", "premier", "chairman", "chairwoman",
    "chair", "spokesman", "spokeswoman", "spokesperson", "commissioner", "ambassador", "attorney", "councilman",
    "councilwoman", "assemblyman", "assemblywoman", "congressman", "congresswoman", "lieutenant", "lt", "major",
    "maj", "admiral", "adm", "corporal", "cpl", "private", "pte", "sister", "brother", "bishop", "archbishop",
    "cardinal", "dean", "provost", "vice",
  ]
  static let postNominals: Set<String> = [
    "mp", "msp", "mep", "ms", "qc", "kc", "jr", "sr", "ii", "iii", "iv", "obe", "mbe", "cbe", "phd", "md", "esq",
  ]
  /// Words that begin a family name: "van", "de", "bin", "al".
  static let particles: Set<String> = [
    "van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "ten", "ter",
    "bin", "ibn", "al", "el", "st",
  ]
}
