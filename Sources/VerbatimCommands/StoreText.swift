import VerbatimCore
import VerbatimGraph

/// How the store's answers read in a terminal.
enum StoreText {
  /// `Azhar Ali (direct) “…”` and, under it, where: title, publisher, date, path:line:column.
  static func claim(_ claim: StoredClaim, lead: String = "") -> [String] {
    let speaker = speakers(of: [claim])
    let record = claim.isRecord ? " in the record" + (claim.turnID.map { ", turn \($0)" } ?? "") : ""
    return [
      "\(lead)\(speaker) (\(claim.kind.rawValue)\(record)): “\(claim.text)”",
      "\(String(repeating: " ", count: lead.count))  \(source(claim))",
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
    parts.append("\(document.path):\(claim.span.start.line):\(claim.span.start.column)")
    if let original = document.copyOf { parts.append("copy of \(original.prefix(19))…") }
    return parts.joined(separator: " · ")
  }

  static func alteration(_ alteration: Alteration) -> [String] {
    alteration.changes.map { change in
      let what: String
      switch change.kind {
      case .substitution:
        what = "“\(change.reference.joined(separator: " "))” became “\(change.variant.joined(separator: " "))”"
      case .insertion: what = "“\(change.variant.joined(separator: " "))” added"
      case .deletion: what = "“\(change.reference.joined(separator: " "))” left out"
      case .truncation: what = "cut: “\(change.reference.joined(separator: " "))”"
      }
      let flags = change.flags.isEmpty ? "" : "  [\(change.flags.map(\.rawValue).joined(separator: ", ")) changed]"
      return "    \(what)\(flags)"
    }
  }
}
