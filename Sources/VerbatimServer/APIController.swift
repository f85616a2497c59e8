import Foundation
import Hummingbird
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `/api/v1/…`: the store's questions as the commands answer them with `--format json`, built
/// by the same output types (`VerbatimExport/Output`) and following the same schemas, with
/// the parameters checked first (a 400 naming the parameter). `openapi.json` describes it all.
struct APIController {
  let store: GraphStore
  let upload: DocumentUpload
  let work: StoreWork

  func register(on api: RouterGroup<some RequestContext>) {
    api.get("who-said") { request, context in try await work { try whoSaid(request) } }
    api.get("said-by") { request, context in try await work { try saidBy(request) } }
    api.get("verify") { request, context in try await work { try verify(request) } }
    api.get("variants") { request, context in try await work { try variants(request) } }
    api.get("trace/{claim}") { request, context in try await work { try trace(context.parameters.require("claim")) } }
    api.get("speakers") { request, context in try await work { try speakers(request) } }
    api.get("cite") { request, context in
      try await work { try CiteDownload(store: store).respond(request, download: false) }
    }
    api.get("documents/{id}") { request, context in try await work { try document(context) } }
    api.post("documents") { request, context in try await upload.respond(request, context: context) }
    api.get("openapi.json") { _, _ in Reply.text(OpenAPIDocument.text, type: "application/json; charset=utf-8") }
  }

  /// `who-said --format json`: matches, best first.
  func whoSaid(_ request: Request) throws -> Response {
    let parameters = try QueryParameters(request)
    let words = try parameters.required("q", "the words to look for, as q=WORDS")
    let limit = try parameters.integer("limit", default: 10, in: 1...1_000)
    return Reply.json(.array(try store.search(words, limit: limit).map { MatchOutput($0).json }))
  }

  /// `said-by NAME --format json`: the speakers a name can mean and what they said.
  func saidBy(_ request: Request) throws -> Response {
    let parameters = try QueryParameters(request)
    let name = try parameters.required("speaker", "a speaker's name or #number, as speaker=NAME")
    let limit = try parameters.integer("limit", default: 200, in: 1...100_000)
    let answer = try store.saidBy(name, limit: limit)
    return Reply.json(SaidByOutput(speakers: answer.speakers, claims: answer.claims).json)
  }

  /// `verify --speaker NAME WORDS --format json`: the verdict and its evidence.
  func verify(_ request: Request) throws -> Response {
    let parameters = try QueryParameters(request)
    let speaker = try parameters.required("speaker", "who is said to have said it, as speaker=NAME")
    let words = try parameters.required("q", "the quoted words, as q=WORDS")
    let result = try store.verify(speaker: speaker, said: words)
    return Reply.json(VerdictOutput(result, speaker: speaker, quote: words).json)
  }

  /// `variants --format json`: quotes worded differently across documents.
  func variants(_ request: Request) throws -> Response {
    let limit = try QueryParameters(request).integer("limit", default: 100, in: 1...10_000)
    return Reply.json(.array(try store.variants(limit: limit).map { ClusterOutput($0).json }))
  }

  /// `trace CLAIM --format json`: every appearance of a claim's quote. The claim is its id as
  /// listings print it (`6c3cf16f04380acd-2210-2290`) or `#N` (sent as `%23N`).
  func trace(_ claim: String) throws -> Response {
    let claim = claim.removingPercentEncoding ?? claim
    let isKey =
      claim.split(separator: "-").count == 3
      && claim.split(separator: "-").allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isHexDigit } }
    let isNumber = claim.hasPrefix("#") && claim.count > 1 && claim.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    guard isKey || isNumber else {
      throw RequestProblem.badParameter(
        "claim", "“\(claim)” is not a claim id (as 6c3cf16f04380acd-2210-2290) or #N for the claim numbered N")
    }
    switch Result(catching: { () throws(StoreError) in try store.trace(claim) }) {
    case .success(let cluster): return Reply.json(ClusterOutput(cluster).json)
    case .failure(let error) where error.reason.hasPrefix("no claim"): throw RequestProblem(.notFound, error.reason)
    case .failure(let error): throw error
    }
  }

  /// `speakers list [NAME] --format json`.
  func speakers(_ request: Request) throws -> Response {
    let name = try QueryParameters(request).text("name")
    return Reply.json(.array(try store.speakers(matching: name).map { SpeakerOutput($0).json }))
  }

  /// One document as the store holds it, with its text and its claims in order
  /// (`document.schema.json`).
  func document(_ context: some RequestContext) throws -> Response {
    let (selection, document) = try DocumentPage.load(context, store)
    let text = try store.documentText(document.id)
    return Reply.json(
      StoredDocumentClaimsOutput(document, text: text, claims: selection.claims(in: document)).json)
  }
}
