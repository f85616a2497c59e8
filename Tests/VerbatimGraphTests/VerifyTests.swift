import Foundation
import Testing
import VerbatimCore
import VerbatimGraph

@Suite("verify: one verdict with evidence")
struct VerifyTests {
  let fixtures: Fixtures

  init() throws {
    fixtures = try Fixtures()
    try fixtures.ingestAll()
  }

  @Test("verbatim: said by this speaker in these words")
  func verbatim() throws {
    let result = try fixtures.store.verify(speaker: "Jane Holloway", said: "we will not close the library")
    #expect(result.verdict == .verbatim)
    #expect(result.evidence.first?.claim.document.path.hasSuffix("library-a.txt") == true)
    #expect(result.evidence.first?.claim.span.start.line == 3)
  }

  @Test("altered: the speaker said something close; the changed word is a negation")
  func altered() throws {
    let result = try fixtures.store.verify(speaker: "Holloway", said: "We will never close the library this year")
    #expect(result.verdict == .altered)
    let change = try #require(result.alteration?.changes.first)
    #expect(change.kind == .substitution && change.reference == ["not"] && change.variant == ["never"])
    #expect(change.flags == [.negation])
  }

  @Test("misattributed: the words are someone else's")
  func misattributed() throws {
    let result = try fixtures.store.verify(speaker: "Tom Reed", said: "We will not close the library this year.")
    #expect(result.verdict == .misattributed)
    #expect(result.evidence.allSatisfy { $0.claim.speaker?.name == "Jane Holloway" })
  }

  @Test("paraphrase: only reported speech by the speaker matches")
  func paraphrase() throws {
    let result = try fixtures.store.verify(speaker: "Tom Reed", said: "the budget for libraries would be cut by half")
    #expect(result.verdict == .paraphrase)
    #expect(result.evidence.first?.claim.kind == .indirect)
  }

  @Test("not-found: nothing matches")
  func notFound() throws {
    let result = try fixtures.store.verify(speaker: "Jane Holloway", said: "The moon is made of green cheese")
    #expect(result.verdict == .notFound && result.evidence.isEmpty)
  }

  @Test("verdicts have distinct exit codes, 0 only for verbatim")
  func exitCodes() {
    let codes = Verification.Verdict.allCases.map(\.exitCode)
    #expect(Set(codes).count == codes.count)
    #expect(Verification.Verdict.verbatim.exitCode == 0 && !codes.contains(1))
  }
}
