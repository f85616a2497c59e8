import Foundation
import Testing
import VerbatimCore
import VerbatimIngest

/// Transcripts with a register of people: a real ParlaMint-GB sitting, and registers written here.
@Suite("Registers of people and parliamentary transcripts")
struct RegisterTests {
  static let sitting = "examples/inputs/parlamint/ParlaMint-GB_2022-07-21-commons.xml"
  static let register = "examples/inputs/parlamint/ParlaMint-GB-listPerson.xml"

  @Test("ParlaMint-GB with its listPerson: every turn has the register's name, role and its own id")
  func sittingWithRegister() throws {
    let register = try RegisterReader.read(path: Fixtures.path(Self.register))
    #expect(register.people.count == 4 && register.organisations["party.CON"] == "Conservative")
    var options = ReadOptions()
    options.register = register
    let document = try DocumentReader(options: options).read(path: Fixtures.path(Self.sitting))
    let turns = document.blocks.filter { $0.kind == .utterance }
    #expect(turns.count == 23, "one block per seg")
    #expect(turns.allSatisfy { $0.speaker?.isEmpty == false })
    #expect(Set(turns.compactMap(\.speaker)) == ["Lindsay Hoyle", "Robert Blackman", "David Rutley", "Eleanor Laing"])
    let rutley = try #require(turns.first { $0.speaker == "David Rutley" })
    #expect(rutley.speakerID == "#DavidRutley" && rutley.speakerRole == "Conservative")
    #expect(rutley.turnID == "ParlaMint-GB_2022-07-21-commons.u405")
    #expect(document.metadata.published == "2022-07-21", "the sitting's date, not the edition's 2024-01-23")
    #expect(document.metadata.publisher == "Commons Chamber, Westminster")
    #expect(!document.text.contains("End of debateSection") && !document.text.contains("SAMPLING"))
    #expect(!document.text.contains("House adjourned"), "a note is not speech")
  }

  @Test("without the register: turns keep their reference and no name, never an empty one")
  func sittingWithoutRegister() throws {
    let document = try Fixtures.read(Self.sitting)
    let turns = document.blocks.filter { $0.kind == .utterance }
    #expect(turns.allSatisfy { $0.speaker == nil && $0.speakerID?.hasPrefix("#") == true })
    #expect(turns.first?.speakerID == "#LindsayHoyle")
  }

  /// A register written for this test: dated parties and an office, several forenames, addresses.
  static let invented = """
    <?xml version="1.0" encoding="UTF-8"?>
    <listPerson xmlns="http://www.tei-c.org/ns/1.0">
      <person xml:id="MairenOkafor">
        <persName><forename>Mairen</forename><forename>Ada</forename><surname>Okafor</surname></persName>
        <sex value="F"/>
        <affiliation ref="#party.GRN" role="member" from="2015-05-07" to="2019-11-06"/>
        <affiliation ref="#party.IND" role="member" from="2019-11-07"/>
        <affiliation ref="#GoXX" role="member" from="2021-01-01" to="2021-12-31"/>
        <idno type="URI" subtype="parliament">https://parliament.example.org/member/9001</idno>
      </person>
      <listOrg>
        <org xml:id="party.GRN"><orgName full="yes">Green Party</orgName><orgName full="abb">GRN</orgName></org>
      </listOrg>
    </listPerson>
    """

  @Test("a register's role is the one held on the date; the full name is an alias; addresses identify")
  func datedRoles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("register-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("invented-listPerson.xml").path
    try Self.invented.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(RegisterReader.isRegister(path: path))
    let register = try RegisterReader.read(path: path)
    let person = try #require(register.person("#MairenOkafor"))
    #expect(person.name == "Mairen Okafor" && person.fullName == "Mairen Ada Okafor" && person.sex == "F")
    #expect(register.role(of: person, on: "2016-03-01") == "Green Party")
    #expect(register.role(of: person, on: "2021-06-01") == "minister, IND")
    let known = register.known(person, on: "2020-01-01")
    #expect(known.aliases == ["Mairen Ada Okafor"] && known.role == "IND")
    #expect(known.identifiers == ["#MairenOkafor", "https://parliament.example.org/member/9001"])
    let empty = folder.appendingPathComponent("empty-listPerson.xml").path
    try "<listPerson xmlns=\"http://www.tei-c.org/ns/1.0\"/>".write(toFile: empty, atomically: true, encoding: .utf8)
    #expect(throws: ReadError.self) { try RegisterReader.read(path: empty) }
  }
}
