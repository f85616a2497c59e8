/// What a word can be in a name or beside one (a title, a role, a particle, a nationality …), from
/// the lexicon's lists, looked up by its lowercase form only where names are read.
struct NameClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let title = NameClass(rawValue: 1 << 0)
  /// A title that is also an ordinary word ("General", "Chief").
  static let ambiguousTitle = NameClass(rawValue: 1 << 1)
  /// "Mr", "Ms", "Sir", "Dr": a title that is no role.
  static let honorific = NameClass(rawValue: 1 << 2)
  static let roleNoun = NameClass(rawValue: 1 << 3)
  static let spokesperson = NameClass(rawValue: 1 << 4)
  static let groupNoun = NameClass(rawValue: 1 << 5)
  static let documentNoun = NameClass(rawValue: 1 << 6)
  static let organisationNoun = NameClass(rawValue: 1 << 7)
  static let organisationWord = NameClass(rawValue: 1 << 8)
  static let companySuffix = NameClass(rawValue: 1 << 9)
  static let particle = NameClass(rawValue: 1 << 10)
  static let suffix = NameClass(rawValue: 1 << 11)
  static let nationality = NameClass(rawValue: 1 << 12)
  static let politicalFamily = NameClass(rawValue: 1 << 13)
  static let partyNoun = NameClass(rawValue: 1 << 14)
  static let peopleNoun = NameClass(rawValue: 1 << 15)
  static let creditWord = NameClass(rawValue: 1 << 16)
  static let month = NameClass(rawValue: 1 << 17)
  static let weekday = NameClass(rawValue: 1 << 18)
  static let region = NameClass(rawValue: 1 << 19)
  static let maleNoun = NameClass(rawValue: 1 << 20)
  static let femaleNoun = NameClass(rawValue: 1 << 21)
  /// A common given name, of either gender.
  static let givenName = NameClass(rawValue: 1 << 22)
  /// A given name most often a man's, or a woman's.
  static let maleGivenName = NameClass(rawValue: 1 << 23)
  static let femaleGivenName = NameClass(rawValue: 1 << 24)

  /// A word that says where someone belongs, not who they are.
  static let affiliation: NameClass = [.nationality, .politicalFamily, .peopleNoun, .region]
  /// A word that can stand before a name as its role ("Minister", "Sen.", "singer").
  static let roleWord: NameClass = [.title, .roleNoun]

  /// The classes of a lowercase word (without a possessive or a trailing dot).
  static func of(_ word: String) -> NameClass { byBytes.value(for: word) ?? [] }

  private static let byBytes = ByteTable(table)

  private static let table: [String: NameClass] = {
    var table: [String: NameClass] = [:]
    func add(_ words: some Sequence<String>, _ nameClass: NameClass) {
      for word in words { table[word, default: []].insert(nameClass) }
    }
    add(Lexicon.titles.keys, .title)
    add(Lexicon.ambiguousTitles, .ambiguousTitle)
    add(["mr", "mrs", "ms", "miss", "mx", "sir", "dame", "dr", "lord", "lady"], .honorific)
    add(Lexicon.roleNouns, .roleNoun)
    add(Lexicon.spokespersonNouns, .spokesperson)
    add(Lexicon.groupNouns, .groupNoun)
    add(Lexicon.documentNouns, .documentNoun)
    add(Lexicon.organisationNouns, .organisationNoun)
    add(Lexicon.organisationWords, .organisationWord)
    add(Lexicon.companySuffixes, .companySuffix)
    add(Lexicon.surnameParticles, .particle)
    add(Lexicon.nameSuffixes, .suffix)
    add(Lexicon.nationalities, .nationality)
    add(Lexicon.politicalFamilies, .politicalFamily)
    add(Lexicon.partyNouns, .partyNoun)
    add(Lexicon.peopleNouns, .peopleNoun)
    add(Lexicon.creditWords, .creditWord)
    add(Lexicon.months, .month)
    add(Lexicon.weekdays, .weekday)
    add(Lexicon.regionAdjectives, .region)
    add(Lexicon.maleNouns, .maleNoun)
    add(Lexicon.femaleNouns, .femaleNoun)
    add(Lexicon.maleGivenNames, [.givenName, .maleGivenName])
    add(Lexicon.femaleGivenNames, [.givenName, .femaleGivenName])
    add(Lexicon.unisexGivenNames, .givenName)
    return table
  }()

  /// The gender a noun or title of these classes gives.
  var gender: SpeakerGender? {
    contains(.maleNoun) ? .male : contains(.femaleNoun) ? .female : nil
  }

  /// The gender a given name most often carries.
  var givenNameGender: SpeakerGender? {
    contains(.maleGivenName) ? .male : contains(.femaleGivenName) ? .female : nil
  }
}
