import Hummingbird
import VerbatimExport
import VerbatimGraph

/// `/cite?q=…&speaker=…&format=bibtex`: the citation list of a search or a speaker as a file to
/// save, written by the same code as `verbatim cite` (CSL-JSON, BibTeX, RIS, Markdown, CSV);
/// `/api/v1/cite` gives the same text to read in place. With neither words, speaker nor
/// document, every quote in the store is cited.
struct CiteDownload {
  let store: GraphStore

  func respond(_ request: Request, download: Bool) throws -> Response {
    let parameters = try QueryParameters(request)
    let format = try parameters.choice("format", CitationFormat.self) ?? .markdown
    let query = try ClaimQuery(parameters)
    let document = try parameters.text("document").map { text throws(RequestProblem) in try DocumentReference(text) }
    let selection = try query.selection(in: store, document: document?.value)
    let text = format.render(CitationEntry.entries(of: selection))
    return Reply.text(
      text, type: Self.mediaType(format), filename: download ? "verbatim-citations.\(Self.fileExtension(format))" : nil)
  }

  static func mediaType(_ format: CitationFormat) -> String {
    switch format {
    case .cslJSON: "application/vnd.citationstyles.csl+json; charset=utf-8"
    case .bibtex: "application/x-bibtex; charset=utf-8"
    case .ris: "application/x-research-info-systems; charset=utf-8"
    case .markdown: "text/markdown; charset=utf-8"
    case .csv: "text/csv; charset=utf-8; header=present"
    }
  }

  static func fileExtension(_ format: CitationFormat) -> String {
    switch format {
    case .cslJSON: "json"
    case .bibtex: "bib"
    case .ris: "ris"
    case .markdown: "md"
    case .csv: "csv"
    }
  }

  static func label(_ format: CitationFormat) -> String {
    switch format {
    case .cslJSON: "CSL-JSON"
    case .bibtex: "BibTeX"
    case .ris: "RIS"
    case .markdown: "Markdown"
    case .csv: "CSV"
    }
  }
}
