internal import VerbatimCore

/// Speaker turns in transcripts and debates, and the names behind their references: TEI
/// `<u who="#id">` and `<sp><speaker>`, ParlParse `<speech speakername person_id>`, Akoma
/// Ntoso `<speech by="#id">` with `<from>` and `<TLCPerson showAs>`. A register of people
/// (a ParlaMint `listPerson`) names the speakers a TEI turn points at, with their role on the
/// sitting's date; without one, a turn keeps its reference and no name.
struct XMLSpeakers {
  let tree: MarkupTree
  let vocabulary: XMLVocabulary
  let register: PeopleRegister?
  /// The sitting's date, for the role each speaker held then.
  let date: String?
  /// Names declared for identifiers (`xml:id` of TEI persons, `eId` of Akoma Ntoso persons).
  private var names: [String: String] = [:]

  init(tree: MarkupTree, vocabulary: XMLVocabulary, register: PeopleRegister? = nil, date: String? = nil) {
    self.tree = tree
    self.vocabulary = vocabulary
    self.register = register
    self.date = date
    switch vocabulary {
    case .tei:
      // People the file's own header declares, named as a register's are (no titles).
      for (id, person) in RegisterReader.register(tree).people { names[id] = person.name(on: date) }
      for person in tree.elements(named: "person") + tree.elements(named: "persName") {
        guard let id = tree.attribute("id", of: person), names[id] == nil else { continue }
        let nameNode = tree.descendants(of: person).first { tree.nodes[$0].name == "persName" } ?? person
        let name = tree.plainText(of: nameNode)
        if !name.isEmpty { names[id] = name }
      }
    case .akomaNtoso:
      for person in tree.elements(named: "TLCPerson") {
        if let id = tree.attribute("eid", of: person) ?? tree.attribute("id", of: person),
          let name = tree.attribute("showas", of: person)
        {
          names[id] = name
        }
      }
    default: break
    }
  }

  /// If `index` is a speaker's turn: who spoke (as the source or the register names them),
  /// the source's reference, their role on the date, and the turn's own id.
  func turn(_ index: Int) -> SpeakerTurn? {
    let node = tree.nodes[index]
    let turnID = tree.attribute("id", of: index)
    switch (vocabulary, node.name) {
    case (.tei, "u"):
      let reference = tree.attribute("who", of: index)
      return resolved(reference, written: nil, turnID: turnID)
    case (.tei, "sp"):
      let speaker = tree.children(of: index).first { tree.nodes[$0].name == "speaker" }
      let reference = tree.attribute("who", of: index)
      return resolved(reference, written: speaker.map { tree.plainText(of: $0) }, turnID: turnID)
    case (.parlParse, "speech"):
      let name = tree.attribute("speakername", of: index)
      let id = tree.attribute("person_id", of: index) ?? tree.attribute("speakerid", of: index)
      return SpeakerTurn(speaker: name, speakerID: id, turnID: turnID)
    case (.akomaNtoso, "speech"), (.akomaNtoso, "question"), (.akomaNtoso, "answer"):
      let reference = tree.attribute("by", of: index)
      let from = tree.children(of: index).first { tree.nodes[$0].name == "from" }.map { tree.plainText(of: $0) }
      return SpeakerTurn(speaker: reference.flatMap(resolve) ?? from, speakerID: reference, turnID: turnID)
    default:
      return nil
    }
  }

  /// A turn's speaker: the register's person (name in common use, role on the date), else a
  /// name the file itself gives, else the name written in the turn; never an empty name.
  private func resolved(_ reference: String?, written: String?, turnID: String?) -> SpeakerTurn {
    if let reference, let register, let person = register.person(reference) {
      return SpeakerTurn(
        speaker: person.name(on: date), speakerID: reference, role: register.role(of: person, on: date), turnID: turnID)
    }
    let name = written.flatMap { $0.isEmpty ? nil : $0 } ?? reference.flatMap(resolve)
    return SpeakerTurn(speaker: name, speakerID: reference, turnID: turnID)
  }

  private func resolve(_ reference: String) -> String? {
    let key = reference.hasPrefix("#") ? String(reference.dropFirst()) : reference
    return names[key] ?? (key.contains(" ") ? key : nil)
  }
}
