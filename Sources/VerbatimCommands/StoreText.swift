import Foundation
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// How the store's answers read in a terminal. Only the speaker's own words are in quotation
/// marks (`QuoteWording`), and every claim shows the id `trace` takes.
enum StoreText {
  /// `Azhar Ali (paraphrase): …` and, under it, the claim id and where: title, publisher, date,
  /// path:line:column.
  static func claim(_ claim: StoredClaim, lead: String = "") -> [String] {
    let speaker = speakers(of: [claim])
    let record = claim.isRecord ? " in the record" + (claim.turnID.map { ", turn \($0)" } ?? "") : ""
    let wording = QuoteWording(kind: claim.kind, text: claim.text)
    return [
      "\(lead)\(speaker) (\(wording.kindLabel)\(record)): \(wording.shown())",
      "\(String(repeating: " ", count: lead.count))  claim \(claim.key) · \(source(claim))",
    ]
  }

  /// The speakers of claims by name, never empty: an unnamed speaker by the source's reference.
  static func speakers(of claims: [StoredClaim]) -> String {
    let names = Set(
      claims.map { claim in
        [claim.speaker?.name, claim.speakerMention, claim.speakerIdentifier].compactMap { $0 }
          .first { !$0.isEmpty } ?? "an unnamed speaker"
      })
    return names.sorted().joined(separator: ", ")
  }

  static func source(_ claim: StoredClaim) -> String {
    let document = claim.document
    var parts: [String] = []
    if let title = document.title { parts.append(title) }
    if let publisher = document.publisher { parts.append(publisher) }
    if let published = document.published { parts.append(published) }
    parts.append("\(displayPath(document.path)):\(claim.span.start.line):\(claim.span.start.column)")
    if let original = document.copyOf { parts.append("copy of \(original.prefix(19))…") }
    return parts.joined(separator: " · ")
  }

  /// Where each piece of a claim stands, line:column to line:column: its fragments (a split
  /// quotation has several), the cue and the speaker as written.
  static func places(_ claim: StoredClaim) -> String {
    func list(_ spans: [ClaimSpan]) -> String {
      spans.map { "\($0.span.start.line):\($0.span.start.column)–\($0.span.end.line):\($0.span.end.column)" }
        .joined(separator: ", ")
    }
    var parts = [counted(claim.fragments.count, "fragment") + " at " + list(claim.fragments)]
    if !claim.cueSpans.isEmpty {
      parts.append("cue " + claim.cueSpans.map(\.text).joined(separator: " ") + " at " + list(claim.cueSpans))
    }
    if !claim.speakerSpans.isEmpty { parts.append("speaker as written at " + list(claim.speakerSpans)) }
    return parts.joined(separator: " · ")
  }

  /// A stored path (absolute) as the user would type it: relative to the working folder when
  /// it is inside it.
  static func displayPath(_ path: String) -> String {
    let here = FileManager.default.currentDirectoryPath
    let prefix = here.hasSuffix("/") ? here : here + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// Each change of an altered quote: the words compared in brackets, never in quotation marks
  /// (one side is not the speaker's).
  static func alteration(_ alteration: Alteration) -> [String] {
    alteration.changes.map { change in
      let what: String
      let (reference, variant) = (change.reference.joined(separator: " "), change.variant.joined(separator: " "))
      switch change.kind {
      case .substitution: what = "[\(reference)] became [\(variant)]"
      case .insertion: what = "[\(variant)] added"
      case .deletion: what = "[\(reference)] left out"
      case .truncation: what = "cut: [\(reference)]"
      }
      let flags = change.flags.isEmpty ? "" : "  (\(change.flags.map(\.rawValue).joined(separator: ", ")) changed)"
      return "    \(what)\(flags)"
    }
  }
}
