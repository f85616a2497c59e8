import VerbatimCore
import VerbatimGraph

/// The formats `verbatim cite` writes.
public enum CitationFormat: String, Sendable, CaseIterable {
  /// CSL-JSON items, as Zotero, pandoc and other CSL processors import them.
  case cslJSON = "csl-json"
  /// BibTeX entries, LaTeX specials escaped, for bibtex and biber.
  case bibtex
  /// RIS records, for Zotero, EndNote and Mendeley.
  case ris
  /// A list an editor pastes under a story.
  case markdown
  /// One row per quote, for a spreadsheet.
  case csv

  /// The citation list of these entries in this format.
  public func render(_ entries: [CitationEntry]) -> String {
    switch self {
    case .cslJSON: CSLJSON.render(entries)
    case .bibtex: BibTeX.render(entries)
    case .ris: RIS.render(entries)
    case .markdown: MarkdownCitations.render(entries)
    case .csv: CSVCitations.render(entries)
    }
  }
}
