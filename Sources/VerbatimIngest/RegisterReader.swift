public import VerbatimCore

/// Reads a TEI register of people (`listPerson`, as ParlaMint keeps it beside its transcripts)
/// and of organisations (`listOrg`): names, sex, dated affiliations and identifying addresses.
/// Parsed like any XML file Verbatim reads: no entity expansion, no DTD, no network.
public enum RegisterReader {
  /// Whether a file's name says it is a register (`ParlaMint-GB-listPerson.xml`, `…-listOrg.xml`).
  public static func isRegister(path: String) -> Bool {
    let name = (path.split(separator: "/").last ?? "").lowercased()
    return name.hasSuffix("listperson.xml") || name.hasSuffix("listorg.xml")
  }

  /// The register in the file at `path`; throws when it cannot be read or holds no person or
  /// organisation.
  public static func read(path: String, options: ReadOptions = ReadOptions()) throws(ReadError) -> PeopleRegister {
    let bytes = try InputFile.load(path: path, maxBytes: options.maxBytes)
    let decoded = Transcoder.decode(bytes, declared: DeclaredCharset.find(in: bytes))
    let markup = try ParsedMarkup(decoded, path: path, options: options, html: false)
    if let fatal = markup.result.problems.first(where: \.isFatal) {
      throw ReadError(path: path, reason: "is not well-formed XML: line \(fatal.line): \(fatal.message)")
    }
    let register = self.register(markup.tree)
    guard !register.people.isEmpty || !register.organisations.isEmpty else {
      throw ReadError(path: path, reason: "holds no TEI <person> or <org> with an xml:id")
    }
    return register
  }

  /// The people and organisations of a parsed TEI tree (a register, or a transcript's header).
  static func register(_ tree: MarkupTree) -> PeopleRegister {
    var register = PeopleRegister()
    for node in tree.elements(named: "person") {
      guard let id = tree.attribute("id", of: node) else { continue }
      var person = PeopleRegister.Person(id: id, names: [])
      for child in tree.children(of: node) where tree.nodes[child].kind == .element {
        switch tree.nodes[child].name {
        case "persName": if let name = personName(tree, child) { person.names.append(name) }
        case "sex": person.sex = tree.attribute("value", of: child) ?? tree.plainText(of: child)
        case "affiliation":
          guard let ref = tree.attribute("ref", of: child) else { continue }
          person.affiliations.append(
            PeopleRegister.Affiliation(
              ref: ref, role: tree.attribute("role", of: child), from: tree.attribute("from", of: child),
              to: tree.attribute("to", of: child)))
        case "idno":
          let text = tree.plainText(of: child)
          if text.hasPrefix("http://") || text.hasPrefix("https://") { person.identifiers.append(text) }
        default: break
        }
      }
      guard !person.names.isEmpty else { continue }
      register.people[id] = person
    }
    for node in tree.elements(named: "org") {
      guard let id = tree.attribute("id", of: node) else { continue }
      let names = tree.children(of: node).filter { tree.nodes[$0].name == "orgName" }
      let full = names.first { (tree.attribute("full", of: $0) ?? "yes") == "yes" } ?? names.first
      if let full, case let name = tree.plainText(of: full), !name.isEmpty {
        let kind = PeopleRegister.Organisation.Kind(teiRole: tree.attribute("role", of: node))
        register.organisations[id] = PeopleRegister.Organisation(
          name: name, kind: kind == .other ? PeopleRegister.Organisation.Kind(id: id) : kind)
      }
    }
    return register
  }

  /// One `<persName>`: its forenames, and its surnames with the particles (`nameLink`) before
  /// them; titles and honorifics (`roleName`, `addName`) are left out. A name written as plain
  /// text is split at its last space. Dated by its `from` and `to`.
  private static func personName(_ tree: MarkupTree, _ node: Int) -> PeopleRegister.PersonName? {
    var forenames: [String] = []
    var surname: [String] = []
    var parts = 0
    for part in tree.children(of: node) where tree.nodes[part].kind == .element {
      parts += 1
      let text = tree.plainText(of: part).split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard !text.isEmpty else { continue }
      switch tree.nodes[part].name {
      case "forename": forenames.append(text)
      case "surname", "nameLink": surname.append(text)
      default: break
      }
    }
    if parts == 0 {
      let words = tree.plainText(of: node).split(whereSeparator: \.isWhitespace).map(String.init)
      forenames = Array(words.dropLast())
      surname = Array(words.suffix(1))
    }
    guard !forenames.isEmpty || !surname.isEmpty else { return nil }
    return PeopleRegister.PersonName(
      forenames: forenames, surname: surname.joined(separator: " "), from: tree.attribute("from", of: node),
      to: tree.attribute("to", of: node))
  }
}
