import Testing
import VerbatimGraph

@Suite("Folding, fingerprints and word diffs")
struct MatchingTests {
  @Test("folding drops case, diacritics, punctuation and quotation marks, keeps apostrophes' words whole")
  func folding() {
    #expect(
      ClaimWords("“We’ve got, as I understand it, a short clip…”").words == [
        "weve", "got", "as", "i", "understand", "it", "a", "short", "clip",
      ])
    #expect(ClaimWords("Café 'Déjà vu' £1,500.50").normalized == "cafe deja vu 1500.50")
    #expect(ClaimWords("day-to-day").words == ["day", "to", "day"])
  }

  @Test("two claims sharing five words in a row share a fingerprint")
  func fingerprintsFindSharedRuns() {
    let long = ClaimWords(
      "Well let me first say the remarks that have been made are completely and utterly unacceptable and wrong"
    ).words
    for start in 0...(long.count - 5) {
      let part = Array(long[start..<(start + 5)])
      #expect(!Set(Fingerprints.winnowed(long)).isDisjoint(with: Fingerprints.shingles(part)), "\(part)")
    }
    #expect(Set(Fingerprints.winnowed(long)).isDisjoint(with: Fingerprints.shingles(["a", "b", "c", "d", "e"])))
  }

  @Test("a word diff names substitutions, insertions, deletions and cut ends")
  func diff() {
    let reference = "we will not close the library this year".split(separator: " ").map(String.init)
    let variant = "sadly we will close the public library".split(separator: " ").map(String.init)
    let diff = WordDiff(reference: reference, variant: variant)
    #expect(
      diff.operations == [
        .inserted(["sadly"]), .same(["we", "will"]), .deleted(["not"]), .same(["close", "the"]), .inserted(["public"]),
        .same(["library"]), .truncated(["this", "year"]),
      ])
    let alteration = Alteration(diff)
    #expect(alteration.changes.map(\.kind) == [.insertion, .deletion, .insertion, .truncation])
    #expect(alteration.changes[1].flags == [.negation])
    #expect(alteration.changesMeaning)
  }

  @Test("a changed number and a dropped qualifier are flagged; a changed adjective is not")
  func meaningFlags() {
    func flags(_ a: String, _ b: String) -> [[Alteration.Flag]] {
      Alteration(WordDiff(reference: ClaimWords(a).words, variant: ClaimWords(b).words)).changes.map(\.flags)
    }
    #expect(flags("we lost 300 jobs", "we lost 3,000 jobs") == [[.number]])
    #expect(flags("this might be the end", "this be the end") == [[.qualifier]])
    #expect(flags("a big win for us", "a huge win for us") == [[]])
  }

  @Test("speaker keys drop titles and post-nominals; a surname alone is not a full key")
  func speakerKeys() {
    #expect(SpeakerKey("Councillor Azhar Ali MP").text == "azhar ali")
    #expect(SpeakerKey("Sir Keir Starmer").text == "keir starmer")
    #expect(!SpeakerKey("Mr Ali").isFull)
    #expect(SpeakerKey("Labour Party", organisation: true).text == "labour")
  }
}
