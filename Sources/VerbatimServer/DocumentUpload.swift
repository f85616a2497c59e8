import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import VerbatimCore
import VerbatimExport
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// `POST /api/v1/documents?name=story.html`: the request's body is one file, read, extracted
/// and added to the store as `verbatim ingest` adds a file (one transaction; the same bytes
/// twice add nothing). Refused on a read-only server (403) and without the server's token
/// (401); a body over `--max-bytes` is refused (413) before it is read whole.
struct DocumentUpload {
  let store: GraphStore
  let token: AccessToken?
  let readOnly: Bool
  let reading: ReadOptions
  var maxBytes: Int { reading.maxBytes }
  /// Uploads are read and written one at a time, off the threads that answer requests.
  private static let queue = DispatchQueue(label: "verbatim.upload")

  init(store: GraphStore, settings: ServerSettings) {
    self.store = store
    token = settings.token.map(AccessToken.init)
    readOnly = settings.readOnly
    reading = settings.reading
  }

  func respond(_ request: Request, context: some RequestContext) async throws -> Response {
    if readOnly { throw RequestProblem(.forbidden, "this server is read-only: nothing can be added to its store") }
    guard let token else {
      throw RequestProblem(.forbidden, "this server takes no uploads: start it with --token to accept them")
    }
    guard token.admits(authorization: request.headers[.authorization]) else {
      throw RequestProblem(
        .unauthorized, "an upload needs the server's token as “Authorization: Bearer TOKEN”",
        headers: [.wwwAuthenticate: "Bearer realm=\"verbatim\""])
    }
    let parameters = try QueryParameters(request)
    let name = try Self.fileName(parameters.required("name", "the file's name, as name=story.html"))
    if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
      throw RequestProblem(.contentTooLarge, "\(name) is \(length) bytes, larger than --max-bytes (\(maxBytes))")
    }
    var body: ByteBuffer
    do {
      body = try await request.body.collect(upTo: maxBytes)
    } catch {
      throw RequestProblem(.contentTooLarge, "\(name) is larger than --max-bytes (\(maxBytes))")
    }
    let bytes = body.readBytes(length: body.readableBytes) ?? []
    let (entry, outcome) = try await ingest(bytes, path: "upload/" + name)
    return Reply.json(IngestReport.json(entry, outcome), status: outcome == .alreadyPresent ? .ok : .created)
  }

  /// The name the file is stored under: its last path component, letters, digits and `-_. `
  /// only, so it names a format and nothing on disk.
  static func fileName(_ text: String) throws(RequestProblem) -> String {
    let last = text.split(separator: "/").last.map(String.init) ?? ""
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_. "))
    guard !last.isEmpty, last.count <= 255, !last.hasPrefix("."),
      last.unicodeScalars.allSatisfy(allowed.contains)
    else {
      throw .badParameter("name", "“\(text)” is not a file name (letters, digits, - _ . and spaces; not hidden)")
    }
    return last
  }

  private func ingest(_ bytes: [UInt8], path: String) async throws -> (GraphDocument, IngestOutcome) {
    let reader = DocumentReader(options: reading)
    let store = self.store
    return try await withCheckedThrowingContinuation { continuation in
      Self.queue.async {
        do {
          let document = try reader.read(bytes: bytes, path: path)
          let entry = GraphDocument(document: document, quotes: QuoteExtractor().extract(from: document))
          continuation.resume(returning: (entry, try store.add(entry)))
        } catch let error as ReadError {
          continuation.resume(throwing: RequestProblem(.unprocessableContent, "\(error)"))
        } catch {
          continuation.resume(throwing: error)
        }
      }
    }
  }
}
