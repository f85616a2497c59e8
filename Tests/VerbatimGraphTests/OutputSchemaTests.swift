import Foundation
import Testing
import VerbatimCore
import VerbatimExport
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// Every schema in `schemas/` against the output types' JSON on the seeds and the examples: the
/// one set of types the commands and the exports print is the one the schemas describe.
@Suite("Output types follow the schemas")
struct OutputSchemaTests {
  @Test("each output type's JSON on the seeds and examples conforms, and every schema is used")
  func schemas() throws {
    var validator = try SchemaValidator(folder: Fixtures.root.appendingPathComponent("schemas"))
    var problems: [String] = []
    func expectValid(_ value: JSONValue, _ schema: String) {
      problems += validator.problems(value, against: schema).prefix(3)
    }
    // The commands print output types with the stream encoder: byte for byte the checked tree.
    func expectPrinted(_ output: some Encodable, _ schema: String) throws {
      let tree = try JSONValueEncoder().encode(output)
      expectValid(tree, schema)
      for pretty in [false, true] {
        var streamed = JSONWriter(pretty: pretty)
        try JSONStreamEncoder().encode(output, into: &streamed)
        var printed: [UInt8] = []
        tree.write(to: &printed, pretty: pretty)
        if streamed.bytes != printed { problems.append("\(schema): the stream encoder prints otherwise") }
      }
    }
    let fixtures = try Fixtures()
    // The example documents, without the registers of people that name a transcript's turns.
    let inputs = InputCollector.collect([Fixtures.root.appendingPathComponent("examples/inputs").path]).compactMap {
      item -> String? in
      guard case .file(let path) = item, !path.hasSuffix("listPerson.xml"), !path.hasSuffix("listOrg.xml") else {
        return nil
      }
      return path
    }
    let paths = Fixtures.seeds + inputs
    // What `read` and `extract` print.
    let reader = DocumentReader()
    let extractor = QuoteExtractor()
    var quotes = 0
    for path in paths {
      let document = try reader.read(path: path)
      try expectPrinted(DocumentOutput(document), "read.schema.json")
      for quote in extractor.extract(from: document) {
        let output = QuoteOutput(quote, in: document)
        try expectPrinted(output, "extract.schema.json")
        // `extract` prints quotes with their own writer: byte for byte the stream encoder's JSON.
        for pretty in [false, true] {
          var streamed = JSONWriter(pretty: pretty)
          try JSONStreamEncoder().encode(output, into: &streamed)
          var written = JSONWriter(pretty: pretty)
          output.write(to: &written)
          if written.bytes != streamed.bytes { problems.append("extract: QuoteOutput.write prints otherwise") }
        }
        quotes += 1
      }
    }
    #expect(quotes >= 50)
    // What the store's questions print.
    try fixtures.ingest(paths)
    let store = fixtures.store
    let selection = try store.select(ClaimFilter())
    let splits = selection.claims.filter { $0.fragments.count > 1 }
    #expect(splits.count >= 3)
    try expectPrinted(try store.search("pretext to invade Gaza").map { MatchOutput($0) }, "who-said.schema.json")
    let saidBy = try store.saidBy("Thomas-Symonds")
    try expectPrinted(SaidByOutput(speakers: saidBy.speakers, claims: saidBy.claims), "said-by.schema.json")
    try expectPrinted(try store.speakers().map { SpeakerOutput($0) }, "speakers.schema.json")
    for claim in selection.claims where claim.speaker != nil {
      let verdict = try store.verify(speaker: claim.speaker!.name, said: claim.text)
      try expectPrinted(VerdictOutput(verdict, speaker: claim.speaker!.name, quote: claim.text), "verify.schema.json")
      try expectPrinted(ClusterOutput(try store.trace(claim.key)), "trace.schema.json")
    }
    try expectPrinted(try store.variants().map { ClusterOutput($0) }, "variants.schema.json")
    for document in selection.documents {
      let output = StoredDocumentClaimsOutput(
        document, text: try store.documentText(document.id), claims: selection.claims(in: document))
      try expectPrinted(output, "document.schema.json")
    }
    // What the exports write.
    for line in ProvenanceJSONL.lines(selection) { expectValid(line, "export.jsonl.schema.json") }
    let texts = try store.documentTexts(selection.documents.map(\.id))
    expectValid(WebAnnotation.collection(selection, texts: texts), "web-annotation.schema.json")
    expectValid(ClaimReviewDraft.reviews(selection), "claimreview.schema.json")
    expectValid(CSLJSON.value(CitationEntry.entries(of: selection)), "citations.csl-json.schema.json")
    #expect(problems.isEmpty, "\(problems.prefix(10))")
    // The check itself tells a wrong shape: a claim with a number for its id and nothing else.
    #expect(validator.problems(.object([("id", .int(1))]), against: "stored-claim.schema.json").count > 5)
    // `ingest --format jsonl` prints progress lines of its own, checked by .ci/check-outputs.
    let unused = Set(validator.schemas.keys).subtracting(validator.used).subtracting(["ingest.schema.json"])
    #expect(unused.isEmpty, "schemas no output type was checked against: \(unused.sorted())")
  }
}
