import Foundation
import Testing
import VerbatimCore
import VerbatimGraph

@Suite("The provenance store")
struct GraphStoreTests {
  @Test(
    "who-said finds Azhar Ali's 'pretext to invade Gaza' in two seed articles, with their lines",
    arguments: StoreKind.allCases)
  func whoSaidSeeds(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingest(Fixtures.seeds)
    let matches = try fixtures.store.search("pretext to invade Gaza")
    #expect(matches.count == 2)
    #expect(matches.allSatisfy { $0.claim.speaker?.name == "Azhar Ali" && $0.score == 1 })
    let places = Set(
      matches.map { "\(($0.claim.document.path as NSString).lastPathComponent):\($0.claim.span.start.line)" })
    #expect(places == ["000_6c3cf16f04380acd.txt:31", "001_53e8c9973c9c1ad0.txt:3"])
  }

  @Test("a misremembered wording still finds the quote, ranked below nothing better", arguments: StoreKind.allCases)
  func misremembered(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingest(Fixtures.seeds)
    let matches = try fixtures.store.search("the remarks that were made are completely unacceptable")
    let best = try #require(matches.first)
    #expect(best.claim.speaker?.name == "Thomas-Symonds")
    #expect(best.claim.text.hasPrefix("Well, let me first say the remarks"))
    #expect(best.score >= 0.6 && best.score < 1)
  }

  @Test("ingesting the same bytes twice adds nothing", arguments: StoreKind.allCases)
  func idempotent(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    let first = try fixtures.ingest(Fixtures.seeds)
    let before = try fixtures.store.counts()
    let second = try fixtures.ingest(Fixtures.seeds)
    #expect(first.allSatisfy { if case .added = $0 { true } else { false } })
    #expect(second == Array(repeating: .alreadyPresent, count: 3))
    #expect(try fixtures.store.counts() == before)
    #expect(before.documents == 3 && before.claims == 20)
  }

  @Test(
    "speakers merge across documents on full names; a surname alone joins only when one person has it",
    arguments: StoreKind.allCases)
  func speakerIdentity(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingestAll()
    let ali = try #require(try fixtures.store.speakers(matching: "Azhar Ali").first)
    let aliases = Set(ali.aliases.map(\.name))
    #expect(aliases.isSuperset(of: ["Azhar Ali", "Azhar"]))
    #expect(ali.documents == 2)
    // "Councillor Azhar Ali" names the same person.
    #expect(try fixtures.store.speakers(matching: "Councillor Azhar Ali").map(\.id) == [ali.id])
    // "Mr Ali" and "Ali" could be Azhar Ali or Ahmed Ali: they stay apart and say so.
    let allAlis = try fixtures.store.speakers(matching: "Ali")
    #expect(Set(allAlis.map(\.name)) == ["Azhar Ali", "Ahmed Ali", "Ali"])
    let surnameOnly = allAlis.filter { $0.name == "Ali" }
    #expect(surnameOnly.count == 2)
    #expect(surnameOnly.allSatisfy { Set($0.candidates.map(\.name)) == ["Azhar Ali", "Ahmed Ali"] })
    // "Labour" and "Labour Party" are one organisation.
    let labour = try fixtures.store.speakers(matching: "Labour")
    #expect(labour.count == 1 && labour[0].claims == 2)
  }

  @Test("said-by lists a speaker's claims under every alias, earliest document first", arguments: StoreKind.allCases)
  func saidBy(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingestAll()
    let answer = try fixtures.store.saidBy("Mr Ali")
    #expect(answer.speakers.map(\.name) == ["Ali"])
    #expect(answer.claims.map(\.text) == ["the campaign had been a difficult week for everyone"])
    let azhar = try fixtures.store.saidBy("Azhar Ali")
    #expect(azhar.claims.count == 5)
    let order = azhar.claims.map { ($0.document.published ?? "~") + $0.document.path }
    #expect(order == order.sorted())
  }
}
