/// Someone a newsroom (a people file) or a parliament (a register) already knows: the name to
/// file them under, the other names they go by, their role and type, and identifiers that
/// link them to the world (a Wikidata id). Where the entry came from is kept for error messages.
public struct KnownPerson: Sendable, Hashable {
  public var name: String
  public var aliases: [String]
  public var role: String?
  public var type: SpeakerType
  /// A Wikidata item id (`Q42`), if given.
  public var wikidata: String?
  /// Other identifiers: a register's reference (`#DavidRutley`) and the addresses it links the
  /// person to (a parliament's member page), exported as `owl:sameAs`.
  public var identifiers: [String]
  /// `M`, `F` or another value as the register gives it, for pronouns.
  public var sex: String?
  /// The file and line the entry was read from (`people.csv:4`).
  public var source: String

  public init(
    name: String, aliases: [String] = [], role: String? = nil, type: SpeakerType = .person, wikidata: String? = nil,
    identifiers: [String] = [], sex: String? = nil, source: String = ""
  ) {
    self.identifiers = identifiers
    self.sex = sex
    self.name = name
    self.aliases = aliases
    self.role = role
    self.type = type
    self.wikidata = wikidata
    self.source = source
  }
}
