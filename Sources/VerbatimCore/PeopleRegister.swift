/// A parliament's register of people (a TEI `listPerson`, with the `listOrg` it points into):
/// each person's names, sex, dated affiliations (party, chamber, government) and the addresses
/// that identify them. A transcript's turn names its speaker by the register's id.
public struct PeopleRegister: Sendable, Hashable {
  /// A dated tie to an organisation: `ref` is `#party.CON`, `#parliament.HC`, `#GoGB`.
  public struct Affiliation: Sendable, Hashable {
    public var ref: String
    public var role: String?
    /// ISO dates (`2019-12-12`), inclusive; nil when open.
    public var from: String?
    public var to: String?

    public init(ref: String, role: String? = nil, from: String? = nil, to: String? = nil) {
      self.ref = ref
      self.role = role
      self.from = from
      self.to = to
    }

    /// Whether the tie holds on `date` (any date when none is known).
    public func holds(on date: String?) -> Bool { PeopleRegister.date(date, isFrom: from, to: to) }
  }

  /// An organisation the register's people are tied to, as its `listOrg` names it.
  public struct Organisation: Sendable, Hashable {
    /// What the organisation is, which decides how a tie to it reads as a role.
    public enum Kind: String, Sendable, Hashable {
      /// A political party or parliamentary group (`politicalParty`, `parliamentaryGroup`).
      case party
      /// A chamber (`parliament`): its `head` is the Speaker, its `deputyHead` a Deputy Speaker.
      case parliament
      /// A government (`government`): its members are ministers.
      case government
      case other

      /// The kind a TEI `<org role="…">` gives.
      public init(teiRole: String?) {
        switch teiRole {
        case "politicalParty", "parliamentaryGroup": self = .party
        case "parliament": self = .parliament
        case "government": self = .government
        default: self = .other
        }
      }

      /// The kind ParlaMint's ids imply when the register of organisations is not at hand:
      /// `party.CON`, `parliament.HC`, `GoGB`.
      public init(id: String) {
        if id.hasPrefix("party.") {
          self = .party
        } else if id.hasPrefix("parliament.") {
          self = .parliament
        } else if id.hasPrefix("Go") {
          self = .government
        } else {
          self = .other
        }
      }
    }

    /// The full name (`Conservative`, `House of Commons`).
    public var name: String
    public var kind: Kind

    public init(name: String, kind: Kind) {
      self.name = name
      self.kind = kind
    }
  }

  public var people: [String: Person]
  /// Organisations by id (`party.CON` → `Conservative`, a party).
  public var organisations: [String: Organisation]

  public init(people: [String: Person] = [:], organisations: [String: Organisation] = [:]) {
    self.people = people
    self.organisations = organisations
  }

  public var isEmpty: Bool { people.isEmpty }

  /// The person a reference (`#DavidRutley` or `DavidRutley`) names, if the register has them.
  public func person(_ reference: String) -> Person? {
    people[reference.hasPrefix("#") ? String(reference.dropFirst()) : reference]
  }

  /// What the person was on `date`: any office, then their party ("minister, Conservative";
  /// "Speaker of the House of Commons, Labour"). A party the register of organisations does not
  /// name is given by its id's abbreviation (`#party.CON` → `CON`).
  public func role(of person: Person, on date: String?) -> String? {
    var offices: [String] = []
    var parties: [String] = []
    for affiliation in person.affiliations where affiliation.holds(on: date) {
      let id = affiliation.ref.hasPrefix("#") ? String(affiliation.ref.dropFirst()) : affiliation.ref
      let organisation = organisations[id]
      let kind = organisation?.kind ?? Organisation.Kind(id: id)
      let tie = affiliation.role ?? "member"
      if kind == .party && tie == "member" {
        let name = organisation?.name ?? String(id.split(separator: ".", maxSplits: 1).last ?? Substring(id))
        if !parties.contains(name) { parties.append(name) }
      } else if let office = Self.office(tie, kind: kind, of: organisation?.name), !offices.contains(office) {
        offices.append(office)
      }
    }
    let parts = offices + parties
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  /// The office a tie of a kind of organisation stands for, in words: a government's `member`
  /// is a minister, a chamber's `head` its Speaker; a chamber's or other body's plain `member`
  /// is no office.
  static func office(_ tie: String, kind: Organisation.Kind, of name: String?) -> String? {
    let words: String
    switch (kind, tie) {
    case (.government, "member"): return "minister"
    case (.government, "head"): return "head of government"
    case (.government, "deputyHead"): return "deputy head of government"
    case (.government, _): return spaced(tie)
    case (.parliament, "member"), (.other, "member"), (.party, "member"): return nil
    case (.parliament, "head"): words = "Speaker"
    case (.parliament, "deputyHead"): words = "Deputy Speaker"
    case (.party, "head"): words = "leader"
    case (.party, "deputyHead"): words = "deputy leader"
    default: words = spaced(tie)
    }
    guard let name else { return words }
    return kind == .parliament ? "\(words) of the \(name)" : "\(words) of \(name)"
  }

  /// A TEI role value in words (`deputyHead` → `deputy head`).
  private static func spaced(_ tie: String) -> String {
    tie.reduce(into: "") { words, letter in
      if letter.isUppercase, !words.isEmpty { words.append(" ") }
      words.append(contentsOf: letter.lowercased())
    }
  }

  /// The person as a people file entry: the name in common use on `date`, its full form and the
  /// person's other names as aliases, the role on `date`, the register's reference and addresses
  /// as identifiers.
  public func known(_ person: Person, on date: String? = nil, source: String = "") -> KnownPerson {
    let name = person.name(on: date)
    var aliases: [String] = []
    // The full form of the name then, then every other name the register gives (before a marriage).
    for other in [person.personName(on: date)] + person.names {
      for form in [other.full, other.common] where form != name && !aliases.contains(form) { aliases.append(form) }
    }
    return KnownPerson(
      name: name, aliases: aliases, role: role(of: person, on: date), type: .person,
      identifiers: ["#" + person.id] + person.identifiers, sex: person.sex, source: source)
  }

  /// Whether `date` falls between two ISO dates, inclusive; an open end, or no date, always does.
  static func date(_ date: String?, isFrom from: String?, to: String?) -> Bool {
    guard let date = date.map({ String($0.prefix(10)) }) else { return true }
    return (from.map { $0.prefix(10) <= date } ?? true) && (to.map { date <= $0.prefix(10) } ?? true)
  }

  /// Merges another register into this one (a folder's listPerson and listOrg).
  public mutating func merge(_ other: PeopleRegister) {
    people.merge(other.people) { _, new in new }
    organisations.merge(other.organisations) { _, new in new }
  }
}
