import Foundation
import Testing
import VerbatimCore
import VerbatimIngest

/// Transcripts with a register of people: a real ParlaMint-GB sitting with the real entries of its
/// speakers and their organisations, and registers written here.
@Suite("Registers of people and parliamentary transcripts")
struct RegisterTests {
  static let sitting = "examples/inputs/parlamint/ParlaMint-GB_2022-07-21-commons.xml"
  static let register = "examples/inputs/parlamint/ParlaMint-GB-listPerson.xml"
  static let organisations = "examples/inputs/parlamint/ParlaMint-GB-listOrg.xml"

  /// The sample's listPerson and listOrg, merged as a folder's registers are.
  static func realRegister() throws -> PeopleRegister {
    var register = try RegisterReader.read(path: Fixtures.path(Self.register))
    register.merge(try RegisterReader.read(path: Fixtures.path(Self.organisations)))
    return register
  }

  @Test("ParlaMint-GB with its listPerson: every turn has the register's name, role and its own id")
  func sittingWithRegister() throws {
    let register = try Self.realRegister()
    #expect(register.people.count == 4 && register.organisations.count == 4)
    #expect(register.organisations["party.CON"] == .init(name: "Conservative", kind: .party))
    #expect(register.organisations["parliament.HC"] == .init(name: "House of Commons", kind: .parliament))
    #expect(register.organisations["GoGB"]?.kind == .government)
    var options = ReadOptions()
    options.register = register
    let document = try DocumentReader(options: options).read(path: Fixtures.path(Self.sitting))
    let turns = document.blocks.filter { $0.kind == .utterance }
    #expect(turns.count == 23, "one block per seg")
    #expect(turns.allSatisfy { $0.speaker?.isEmpty == false })
    #expect(Set(turns.compactMap(\.speaker)) == ["Lindsay Hoyle", "Robert Blackman", "David Rutley", "Eleanor Laing"])
    var roles: [String: String] = [:]
    for turn in turns { roles[turn.speaker ?? ""] = turn.speakerRole }
    #expect(
      roles == [
        "David Rutley": "minister, Conservative", "Lindsay Hoyle": "Speaker of the House of Commons, Labour",
        "Eleanor Laing": "Conservative", "Robert Blackman": "Conservative",
      ], "the offices and parties held on 2022-07-21")
    let rutley = try #require(turns.first { $0.speaker == "David Rutley" })
    #expect(rutley.speakerID == "#DavidRutley" && rutley.speakerRole == "minister, Conservative")
    #expect(rutley.turnID == "ParlaMint-GB_2022-07-21-commons.u405")
    #expect(document.metadata.published == "2022-07-21", "the sitting's date, not the edition's 2024-01-23")
    #expect(document.metadata.publisher == "Commons Chamber, Westminster")
    #expect(!document.text.contains("End of debateSection") && !document.text.contains("SAMPLING"))
    #expect(!document.text.contains("House adjourned"), "a note is not speech")
  }

  @Test("the real entries: the role held on each date, several forenames, member pages as identifiers")
  func realEntries() throws {
    let register = try Self.realRegister()
    let rutley = try #require(register.person("#DavidRutley"))
    #expect(register.role(of: rutley, on: "2022-09-20") == "minister, Conservative", "the last day in government")
    #expect(register.role(of: rutley, on: "2022-10-01") == "Conservative", "between two terms in government")
    #expect(register.role(of: rutley, on: "2022-10-27") == "minister, Conservative")
    #expect(register.role(of: rutley, on: "2019-11-20") == "minister", "government, but no seat or party then")
    let hoyle = try #require(register.person("LindsayHoyle"))
    #expect(register.role(of: hoyle, on: "2019-11-03") == "Labour", "before he took the chair on 2019-11-04")
    #expect(register.role(of: hoyle, on: "2019-11-04") == "Speaker of the House of Commons, Labour")
    let known = register.known(rutley, on: "2022-07-21", source: "register")
    #expect(known.name == "David Rutley" && known.aliases == ["David Henry Rutley"] && known.sex == "M")
    #expect(known.role == "minister, Conservative")
    #expect(
      known.identifiers == [
        "#DavidRutley", "https://members.parliament.uk/member/4033/contact", "https://twitter.com/DavidRutleyMP",
      ])
    let laing = register.known(try #require(register.person("EleanorLaing")), on: "2022-07-21")
    #expect(laing.name == "Eleanor Laing" && laing.aliases == ["Eleanor Fulton Laing"] && laing.sex == "F")
    #expect(laing.role == "Conservative", "the register records no Deputy Speaker's office")
    #expect(laing.identifiers.contains("https://members.parliament.uk/member/36/contact"))
    #expect(register.person("LindsayHoyle").map(\.fullName) == "Lindsay Harvey Hoyle")
  }

  @Test("a listPerson without its listOrg: parties by their abbreviation, offices without the chamber's name")
  func withoutOrganisations() throws {
    let register = try RegisterReader.read(path: Fixtures.path(Self.register))
    #expect(register.organisations.isEmpty)
    let hoyle = try #require(register.person("#LindsayHoyle"))
    let rutley = try #require(register.person("#DavidRutley"))
    #expect(register.role(of: hoyle, on: "2022-07-21") == "Speaker, LAB")
    #expect(register.role(of: rutley, on: "2022-07-21") == "minister, CON")
  }

  @Test("without the register: turns keep their reference and no name, never an empty one")
  func sittingWithoutRegister() throws {
    let document = try Fixtures.read(Self.sitting)
    let turns = document.blocks.filter { $0.kind == .utterance }
    #expect(turns.allSatisfy { $0.speaker == nil && $0.speakerID?.hasPrefix("#") == true })
    #expect(turns.first?.speakerID == "#LindsayHoyle")
  }

  /// A register written for this test: dated parties and offices, several forenames, addresses,
  /// and a person who changed her name, with a title and a particle.
  static let invented = """
    <?xml version="1.0" encoding="UTF-8"?>
    <listPerson xmlns="http://www.tei-c.org/ns/1.0">
      <person xml:id="MairenOkafor">
        <persName><forename>Mairen</forename><forename>Ada</forename><surname>Okafor</surname></persName>
        <sex value="F"/>
        <affiliation ref="#party.GRN" role="member" from="2015-05-07" to="2019-11-06"/>
        <affiliation ref="#party.IND" role="member" from="2019-11-07"/>
        <affiliation ref="#GoXX" role="member" from="2021-01-01" to="2021-12-31"/>
        <affiliation ref="#parliament.XA" role="deputyHead" from="2022-01-10"/>
        <idno type="URI" subtype="parliament">https://parliament.example.org/member/9001</idno>
      </person>
      <person xml:id="LiekeVanDerBerg">
        <persName from="2009-05-01" to="2018-06-30">
          <roleName>Dr.</roleName><forename>Lieke</forename><nameLink>van der</nameLink><surname>Berg</surname>
        </persName>
        <persName from="2018-07-01">
          <roleName>Dr.</roleName><forename>Lieke</forename><forename>Marit</forename><surname>Osei</surname>
        </persName>
        <sex value="F"/>
        <affiliation ref="#party.GRN" role="member" from="2009-05-01"/>
        <affiliation ref="#parliament.XA" role="head" from="2014-01-01" to="2016-12-31"/>
      </person>
      <listOrg>
        <org xml:id="party.GRN"><orgName full="yes">Green Party</orgName><orgName full="abb">GRN</orgName></org>
        <org xml:id="parliament.XA" role="parliament"><orgName full="yes">Assembly of Norrland Vale</orgName></org>
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
    #expect(register.role(of: person, on: "2022-02-01") == "Deputy Speaker of the Assembly of Norrland Vale, IND")
    let known = register.known(person, on: "2020-01-01")
    #expect(known.aliases == ["Mairen Ada Okafor"] && known.role == "IND")
    #expect(known.identifiers == ["#MairenOkafor", "https://parliament.example.org/member/9001"])
    let changed = try #require(register.person("LiekeVanDerBerg"))
    #expect(changed.names.count == 2)
    #expect(changed.name(on: "2015-03-04") == "Lieke van der Berg", "the particle kept, the title left out")
    #expect(changed.name(on: "2020-01-01") == "Lieke Osei" && changed.name == "Lieke Osei")
    #expect(register.known(changed, on: "2015-03-04").aliases == ["Lieke Marit Osei", "Lieke Osei"])
    #expect(register.known(changed, on: "2020-01-01").aliases == ["Lieke Marit Osei", "Lieke van der Berg"])
    let empty = folder.appendingPathComponent("empty-listPerson.xml").path
    try "<listPerson xmlns=\"http://www.tei-c.org/ns/1.0\"/>".write(toFile: empty, atomically: true, encoding: .utf8)
    #expect(throws: ReadError.self) { try RegisterReader.read(path: empty) }
  }

  /// A sitting written for this test: a turn by the register's person, and one by a person the
  /// file's own header declares with a title.
  static let inventedSitting = """
    <?xml version="1.0" encoding="UTF-8"?>
    <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="Vale-2015-03-04">
      <teiHeader>
        <fileDesc>
          <titleStmt><title>Assembly of Norrland Vale, sitting of 4 March 2015</title></titleStmt>
          <publicationStmt><date when="2016-01-01"/></publicationStmt>
          <sourceDesc><bibl><date when="2015-03-04"/></bibl></sourceDesc>
        </fileDesc>
        <profileDesc><particDesc><listPerson>
          <person xml:id="TomasReyes"><persName><roleName>Prof.</roleName><forename>Tomas</forename><surname>Reyes</surname></persName></person>
        </listPerson></particDesc></profileDesc>
      </teiHeader>
      <text><body><div>
        <u who="#LiekeVanDerBerg" xml:id="Vale.u1"><seg>The ferry timetable will be published in April.</seg></u>
        <u who="#TomasReyes" xml:id="Vale.u2"><seg>The harbour board has not met since the winter storms.</seg></u>
      </div></body></text>
    </TEI>
    """

  @Test("a turn takes the name its speaker had on the sitting's date; a header's titles are not names")
  func namesOnTheDate() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("register-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let registerPath = folder.appendingPathComponent("invented-listPerson.xml").path
    try Self.invented.write(toFile: registerPath, atomically: true, encoding: .utf8)
    let sitting = folder.appendingPathComponent("vale-2015-03-04.xml").path
    try Self.inventedSitting.write(toFile: sitting, atomically: true, encoding: .utf8)
    var options = ReadOptions()
    options.register = try RegisterReader.read(path: registerPath)
    let document = try DocumentReader(options: options).read(path: sitting)
    #expect(document.metadata.published == "2015-03-04")
    let turns = document.blocks.filter { $0.kind == .utterance }
    #expect(turns.map(\.speaker) == ["Lieke van der Berg", "Tomas Reyes"])
    #expect(turns.first?.speakerRole == "Speaker of the Assembly of Norrland Vale, Green Party")
  }
}
