import Foundation
import Testing
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// The quote whose text starts with `prefix`.
private func quote(_ prefix: String, in found: [Quote], _ document: Document) throws -> Quote {
  try #require(found.first { text($0, document).hasPrefix(prefix) }, "no quote starting \(prefix)")
}

/// What the words around a name show: a brand that "reports" is no "he", an abbreviated title
/// before a name is no name, roles in capitals lead to the name after them, and a name between a
/// given name and a surname stands for its person.
@Suite("Speaker names from the evidence around them")
struct SpeakerEvidenceTests {
  @Test("he after a brand that reported figures is the person the document tied to he, not the brand")
  func pronounSkipsBrand() throws {
    let (document, found) = try quotes(
      in: """
        “We will open forty new shops next year,” said Tobin Marrow, who runs the Loaf & Larder chain.

        “Most of them will be near train stations,” he said.

        Loaf & Larder reported eight quarters of rising sales. “I grew up above a bakery in Kettering,” he said.
        """)
    let bakery = try quote("I grew up above a bakery", in: found, document)
    #expect(bakery.speaker.mention?.text == "he")
    #expect(bakery.speaker.name == "Tobin Marrow")
    #expect(bakery.speaker.type == .person)
  }

  @Test("he after a person the document gives a role but has not yet tied to a pronoun is still that person")
  func pronounKeepsUntiedLastSpeaker() throws {
    let (document, found) = try quotes(
      in: """
        “We will open forty new shops next year,” said Tobin Marrow, who runs the chain.

        “Most of them will be near train stations,” he said.

        Okonkwo Ebere, the chain’s director of baking, starts at midnight. “The dough rests for a day,” Ebere said. \
        “Nobody rushes it,” he said.
        """)
    let rushes = try quote("Nobody rushes it", in: found, document)
    #expect(rushes.speaker.name == "Okonkwo Ebere")
  }

  @Test("an abbreviated title before a name is neither a sentence end nor the name")
  func abbreviatedTitle() throws {
    let (document, found) = try quotes(
      in: """
        The committee met for six hours on Tuesday.

        “This hearing has no purpose,” said Del. Marisol Quenby of the Outer Isles. “None at all.”
        """)
    let hearing = try quote("This hearing has no purpose", in: found, document)
    #expect(hearing.speaker.name == "Marisol Quenby")
    #expect(hearing.speaker.role == "Del")
  }

  @Test("a lowercase particle inside a name is no title")
  func particleIsNoTitle() throws {
    let (document, found) = try quotes(
      in: """
        “The river has never been this low,” said Marta del Rosal Quintero, who farms near the ford.
        """)
    let river = try quote("The river has never", in: found, document)
    #expect(river.speaker.name == "Marta del Rosal Quintero")
  }

  @Test("roles in capitals after an organisation lead to the person named after them")
  func rolesBeforeName() throws {
    let (document, found) = try quotes(
      in: """
        Party planners expect bright colours this year.

        “Guests want to be surprised,” says Brindle Events Founder and Lead Designer Odile Farrant. “Every \
        table tells a story.”
        """)
    let guests = try quote("Guests want to be surprised", in: found, document)
    #expect(guests.speaker.name == "Odile Farrant")
    #expect(guests.speaker.type == .person)
    #expect(guests.speaker.role == "Brindle Events Founder and Lead Designer")
    #expect(guests.speakerRule == .roleApposition)
  }

  @Test("a name between the given name and the surname, alone, is that person")
  func middleNameAlone() throws {
    let (document, found) = try quotes(
      in: """
        The study was led by Harun Seo Varn, a lecturer in management at Leith University.

        “We were surprised by how fast the teams adapted,” Seo said.
        """)
    let surprised = try quote("We were surprised", in: found, document)
    #expect(surprised.speaker.mention?.text == "Seo")
    #expect(surprised.speaker.name == "Harun Seo Varn")
  }

  @Test("roles in capitals after a brand's possessive lead to the person named after them")
  func brandRolesBeforeName() throws {
    let (document, found) = try quotes(
      in: """
        Shoppers now find most products through short videos.

        “Trust comes from showing the real thing,” said Fernwick’s Senior Brand Manager Odalys Prenn.
        """)
    let trust = try quote("Trust comes from showing", in: found, document)
    #expect(trust.speaker.name == "Odalys Prenn")
    #expect(trust.speaker.type == .person)
  }

  @Test("a company's initials alone are the company named in full")
  func initialsOfCompany() throws {
    let (document, found) = try quotes(
      in: """
        When KVM Harvest, one of the largest grain traders in the region, told farmers it would stop \
        buying rye, prices fell.

        In a letter seen by reporters, KVM said demand for rye had halved this year.
        """)
    let rye = try quote("demand for rye had halved", in: found, document)
    #expect(rye.speaker.mention?.text == "KVM")
    #expect(rye.speaker.name == "KVM Harvest")
    #expect(rye.speaker.type == .organisation)
  }

  @Test("a role in capitals before a comma and a name is that person's role, not a name")
  func capitalisedRoleThenName() throws {
    let (document, found) = try quotes(
      in: """
        Most caterers sell fixed menus, but Tamberlo works differently.

        “We start by listening,” says Co-Founder, Selin Aydemir. “Then we cook.”
        """)
    let listening = try quote("We start by listening", in: found, document)
    #expect(listening.speaker.name == "Selin Aydemir")
    #expect(listening.speaker.type == .person)
  }

  @Test("footage or a video of a person asking or saying something is that person speaking")
  func recordingOfPerson() throws {
    let (document, found) = try quotes(
      in: """
        The campaign released its third advert on Sunday.

        The advert uses footage of Corinne Vasquez asking, “Why is the bridge still closed?” It ends \
        with the campaign’s logo.
        """)
    let bridge = try quote("Why is the bridge still closed", in: found, document)
    #expect(bridge.speaker.name == "Corinne Vasquez")
    #expect(bridge.speakerRule == .nameInPhrase)
  }

  @Test("two roles joined by and, then a comma and the name: the person named")
  func twoRolesThenName() throws {
    let (document, found) = try quotes(
      in: """
        The new model goes on sale in March.

        Wheelhouse Radio’s electric car expert and owner, Dorian Kaszab, said, “All the signs point to \
        a hit.”
        """)
    let hit = try quote("All the signs point", in: found, document)
    #expect(hit.speaker.name == "Dorian Kaszab")
  }

  @Test("she after a paragraph opens with another person is that person, not the last speaker")
  func pronounAfterParagraphSubject() throws {
    let (document, found) = try quotes(
      in: """
        “Bring one colour and build the room around it,” says the florist Imelda Sarkis.

        Her business partner, Rosalind Achebe, prefers contrast. “Two strong colours keep the eye moving,” \
        Achebe says.

        Sarkis disagrees. “A room needs one voice,” she says.

        Achebe has worked beside Sarkis for a decade. “We argue about this every spring,” she says.
        """)
    let voice = try quote("A room needs one voice", in: found, document)
    #expect(voice.speaker.name == "Imelda Sarkis")
    // The person opening the sentence takes the pronoun, not the one named later in it.
    let spring = try quote("We argue about this", in: found, document)
    #expect(spring.speaker.name == "Rosalind Achebe")
  }
}
