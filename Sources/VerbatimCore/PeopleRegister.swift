/// A parliament's register of people (a TEI `listPerson`, with the `listOrg` it points into):
/// each person's names, sex, dated affiliations (party, chamber, government) and the addresses
/// that identify them. A transcript's turn names its speaker by the register's id.
public struct PeopleRegister: Sendable, Hashable {
  /// One person as the register gives them.
  public struct Person: Sendable, Hashable {
    public var id: String
    public var forenames: [String]
    public var surname: String
    public var sex: String?
    public var affiliations: [Affiliation]
    /// The addresses the register links the person to.
    public var identifiers: [String]

    public init(
      id: String, forenames: [String], surname: String, sex: String? = nil, affiliations: [Affiliation] = [],
      identifiers: [String] = []
    ) {
      self.id = id
      self.forenames = forenames
      self.surname = surname
      self.sex = sex
      self.affiliations = affiliations
      self.identifiers = identifiers
    }

    /// The name in common use: the first forename and the surname ("David Rutley").
    public var name: String { ([forenames.first].compactMap { $0 } + [surname]).joined(separator: " ") }
    /// Every forename and the surname ("David Henry Rutley").
    public var fullName: String { (forenames + [surname]).joined(separator: " ") }
  }

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
    public func holds(on date: String?) -> Bool {
      guard let date = date.map({ String($0.prefix(10)) }) else { return true }
      return (from.map { $0.prefix(10) <= date } ?? true) && (to.map { date <= $0.prefix(10) } ?? true)
    }
  }

  public var people: [String: Person]
  /// Organisation names by id (`party.CON` → `Conservative`).
  public var organisations: [String: String]

  public init(people: [String: Person] = [:], organisations: [String: String] = [:]) {
    self.people = people
    self.organisations = organisations
  }

  public var isEmpty: Bool { people.isEmpty }

  /// The person a reference (`#DavidRutley` or `DavidRutley`) names, if the register has them.
  public func person(_ reference: String) -> Person? {
    people[reference.hasPrefix("#") ? String(reference.dropFirst()) : reference]
  }

  /// What the person was on `date`: their party and any office ("minister, Conservative").
  public func role(of person: Person, on date: String?) -> String? {
    var offices: [String] = []
    var parties: [String] = []
    for affiliation in person.affiliations where affiliation.holds(on: date) {
      let id = affiliation.ref.hasPrefix("#") ? String(affiliation.ref.dropFirst()) : affiliation.ref
      if id.hasPrefix("party.") {
        parties.append(organisations[id] ?? String(id.dropFirst("party.".count)))
      } else if id.hasPrefix("Go") || (affiliation.role.map { !["member", "MP"].contains($0) } ?? false) {
        let office = id.hasPrefix("Go") && (affiliation.role ?? "member") == "member" ? "minister" : affiliation.role
        if let office, !offices.contains(office) { offices.append(office) }
      }
    }
    let parts = offices + parties
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  /// The person as a people file entry: the name in common use, the full form as an alias, the
  /// role on `date`, the register's reference and addresses as identifiers.
  public func known(_ person: Person, on date: String? = nil, source: String = "") -> KnownPerson {
    let aliases = person.fullName == person.name ? [] : [person.fullName]
    return KnownPerson(
      name: person.name, aliases: aliases, role: role(of: person, on: date), type: .person,
      identifiers: ["#" + person.id] + person.identifiers, sex: person.sex, source: source)
  }

  /// Merges another register into this one (a folder's listPerson and listOrg).
  public mutating func merge(_ other: PeopleRegister) {
    people.merge(other.people) { _, new in new }
    organisations.merge(other.organisations) { _, new in new }
  }
}
