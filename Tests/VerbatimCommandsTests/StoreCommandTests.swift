import Foundation
import Testing
import VerbatimCommands

@Suite("verbatim ingest and the store's questions")
struct StoreCommandTests {
  let folder: URL
  let store: String

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    store = folder.appendingPathComponent("store.sqlite").path
  }

  @Test("ingest reports each committed document as JSON and ends with a summary; twice adds nothing")
  func ingest() throws {
    let run = Run(["ingest", Paths.path("seeds"), "--store", store, "--format", "jsonl"])
    #expect(run.code == 0)
    let lines = try run.out.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(lines.count == 4)
    #expect(lines.prefix(3).allSatisfy { $0["status"] as? String == "added" })
    let summary = try #require(lines.last?["summary"] as? [String: Any])
    #expect(summary["added"] as? Int == 3 && summary["storeClaims"] as? Int == 20)

    let again = Run(["ingest", Paths.path("seeds"), "--store", store])
    #expect(again.code == 0)
    #expect(again.out.hasPrefix("0 documents added (0 claims), 3 already in the store, 0 failed."))
  }

  @Test("who-said prints the speaker, the words and the place; --format json for scripts")
  func whoSaid() throws {
    _ = Run(["ingest", Paths.path("seeds"), "--store", store, "--quiet"])
    let text = Run(["who-said", "pretext", "to", "invade", "Gaza", "--store", store])
    #expect(text.code == 0)
    #expect(text.out.contains("Azhar Ali (paraphrase): Israel had taken the October 7 Hamas assault"))
    #expect(text.out.contains("000_6c3cf16f04380acd.txt:31:136"))
    let json = Run(["who-said", "pretext to invade Gaza", "--store", store, "--format", "json"])
    let matches = try #require(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
    #expect(matches.count == 2)
    let claim = try #require(matches.first?["claim"] as? [String: Any])
    #expect((claim["speaker"] as? [String: Any])?["name"] as? String == "Azhar Ali")
    #expect((claim["start"] as? [String: Int])?["line"] != nil)
  }

  @Test("verify ends with the verdict's exit code")
  func verifyExitCodes() throws {
    _ = Run(["ingest", Paths.path("seeds"), "--store", store, "--quiet"])
    let said = Run([
      "verify", "--speaker", "Thomas-Symonds",
      "the remarks that have been made are completely and utterly unacceptable",
      "--store", store,
    ])
    #expect(said.code == 0 && said.out.hasPrefix("Verdict: verbatim — "))
    let wrong = Run([
      "verify", "--speaker", "Keir Starmer", "the remarks that have been made are completely and utterly unacceptable",
      "--store", store,
    ])
    #expect(wrong.code == 3 && wrong.out.hasPrefix("Verdict: misattributed — "))
    let none = Run(["verify", "--speaker", "Keir Starmer", "we shall fight on the beaches", "--store", store])
    #expect(none.code == 5)
  }

  @Test("a question without a store names the file and says how to build one")
  func missingStore() {
    let run = Run(["who-said", "anything", "--store", store])
    #expect(run.code == 1)
    #expect(run.err.contains(store) && run.err.contains("verbatim ingest"))
  }

  @Test("a bad file among good ones is named, the good ones go in, and the exit code is 1")
  func badFileInBatch() throws {
    let bad = folder.appendingPathComponent("broken.html")
    try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x10]).write(to: bad)
    let run = Run(["ingest", Paths.path("seeds"), bad.path, "--store", store])
    #expect(run.code == 1)
    #expect(run.err.contains("broken.html"))
    #expect(run.out.hasPrefix("3 documents added"))
  }

  @Test("speakers lists the merged speakers; merge folds one into another")
  func speakers() throws {
    _ = Run(["ingest", Paths.path("seeds"), "--store", store, "--quiet"])
    let list = Run(["speakers", "--store", store, "--format", "json"])
    let speakers = try #require(JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
    #expect(speakers.first?["name"] as? String == "Azhar Ali")
    let merge = Run(["speakers", "merge", "Labour Party", "Momentum", "--store", store])
    #expect(merge.code == 0)
    let after = Run(["said-by", "Momentum", "--store", store, "--format", "json"])
    let answer = try #require(JSONSerialization.jsonObject(with: Data(after.out.utf8)) as? [String: Any])
    #expect(((answer["speakers"] as? [[String: Any]])?.map { $0["name"] as? String }) == ["Labour Party"])
  }

  @Test("ingest --people pins identities (bad rows named, exit 1); speakers shows role and Wikidata id")
  func people() throws {
    let people = folder.appendingPathComponent("people.csv")
    try """
    name,aliases,role,wikidata
    Nick Thomas-Symonds,Thomas-Symonds,shadow minister,Q900000003
    Rhodri Vance,,,not-an-id
    """.write(to: people, atomically: true, encoding: .utf8)
    let run = Run(["ingest", Paths.path("seeds"), "--people", people.path, "--store", store, "--quiet"])
    #expect(run.code == 1)
    #expect(run.err.contains("people.csv:3: wikidata “not-an-id” is not a Wikidata id"))
    #expect(run.out.hasPrefix("3 documents added"))
    let list = Run(["speakers", "Nick Thomas-Symonds", "--store", store])
    #expect(list.out.contains("Nick Thomas-Symonds\tperson\t4 claims in 1 document"))
    #expect(list.out.contains("shadow minister; Wikidata Q900000003"))
    let verify = Run([
      "verify", "--speaker", "Nick Thomas-Symonds", "they in no way represent the views of the Labour Party",
      "--store", store,
    ])
    #expect(verify.code == 0)
    #expect(verify.out.contains("matched by the alias “Thomas-Symonds” to Nick Thomas-Symonds"))
    let cited = Run(["cite", Paths.path("seeds"), "--people", people.path, "--format", "csl-json"])
    #expect(cited.out.contains("\"speakerWikidata\": \"Q900000003\""))
    let refused = Run(["cite", "--people", people.path, "--store", store])
    #expect(refused.code == 1 && refused.err.contains("verbatim ingest --people"))
  }

  @Test("verify: a surname two people share is ambiguous, exit code 6, both named")
  func verifyAmbiguous() throws {
    let texts = [
      "a.txt": "Ferry\n\nDana Marsh, who runs the ferry company, said: “Sailings will double in the summer.”\n",
      "b.txt": "School\n\nPaul Marsh, the head teacher, said: “The roof repairs start after the exams.”\n",
      "c.txt": "Dues\n\n“Nobody warned us that the harbour dues would rise,” Marsh said.\n",
    ]
    for (name, text) in texts {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    _ = Run(
      ["ingest"] + texts.keys.sorted().map { folder.appendingPathComponent($0).path } + ["--store", store, "--quiet"])
    let run = Run([
      "verify", "--speaker", "Dana Marsh", "Nobody warned us that the harbour dues would rise", "--store", store,
    ])
    #expect(run.code == 6)
    #expect(
      run.out.hasPrefix("Verdict: ambiguous — ") && run.out.contains("Dana Marsh") && run.out.contains("Paul Marsh"))
    let list = Run(["speakers", "Marsh", "--store", store])
    #expect(list.out.contains("surname only: could be"))
  }
}
