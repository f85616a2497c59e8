extension PeopleRegister {
  /// One person as the register gives them: every name they have gone by (dated when the
  /// register dates them), sex, dated affiliations and the addresses that identify them.
  public struct Person: Sendable, Hashable {
    public var id: String
    /// The names in the register's order; at least one.
    public var names: [PersonName]
    public var sex: String?
    public var affiliations: [Affiliation]
    /// The addresses the register links the person to.
    public var identifiers: [String]

    public init(
      id: String, names: [PersonName], sex: String? = nil, affiliations: [Affiliation] = [], identifiers: [String] = []
    ) {
      self.id = id
      self.names = names
      self.sex = sex
      self.affiliations = affiliations
      self.identifiers = identifiers
    }

    /// A person with one undated name.
    public init(
      id: String, forenames: [String], surname: String, sex: String? = nil, affiliations: [Affiliation] = [],
      identifiers: [String] = []
    ) {
      self.init(
        id: id, names: [PersonName(forenames: forenames, surname: surname)], sex: sex, affiliations: affiliations,
        identifiers: identifiers)
    }

    /// The name the person went by on `date`: the one whose dates hold then, else the current
    /// one (open-ended, else the one that ended last).
    public func personName(on date: String? = nil) -> PersonName {
      if date != nil, let dated = names.first(where: { ($0.from != nil || $0.to != nil) && $0.holds(on: date) }) {
        return dated
      }
      return names.first { $0.to == nil } ?? names.max { ($0.to ?? "") < ($1.to ?? "") } ?? PersonName(surname: id)
    }

    /// The name in common use on `date` ("David Rutley").
    public func name(on date: String? = nil) -> String { personName(on: date).common }
    /// The full form of the current name ("David Henry Rutley").
    public var fullName: String { personName().full }
    /// The current name in common use.
    public var name: String { name() }
  }

  /// One of a person's names: forenames, then the surname with any particles (`nameLink`,
  /// "van der") that belong to it; titles (`roleName`) are not part of it.
  public struct PersonName: Sendable, Hashable {
    public var forenames: [String]
    /// The surname as written with its particles ("van der Berg", "Duncan Smith").
    public var surname: String
    /// ISO dates (`2019-12-12`), inclusive; nil when open.
    public var from: String?
    public var to: String?

    public init(forenames: [String] = [], surname: String, from: String? = nil, to: String? = nil) {
      self.forenames = forenames
      self.surname = surname
      self.from = from
      self.to = to
    }

    /// The first forename and the surname ("Eleanor Laing").
    public var common: String {
      ([forenames.first].compactMap { $0 } + [surname]).filter { !$0.isEmpty }.joined(separator: " ")
    }
    /// Every forename and the surname ("Eleanor Fulton Laing").
    public var full: String { (forenames + [surname]).filter { !$0.isEmpty }.joined(separator: " ") }

    /// Whether the name was in use on `date` (any date when none is known).
    public func holds(on date: String?) -> Bool {
      PeopleRegister.date(date, isFrom: from, to: to)
    }
  }
}
