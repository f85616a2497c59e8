import VerbatimCore
import VerbatimGraph

/// Marks claims in a document's text for the report: each fragment of a claim is highlighted,
/// and nothing else (not the writer's words between the pieces of a split quotation); a
/// fragment that runs over a paragraph break is marked in each paragraph, so no mark spans two
/// paragraphs. A claim is marked only when none of its fragments overlaps a claim marked
/// before it; the others are listed under the text.
struct ReportHighlighter {
  let text: String
  let palette: SpeakerPalette

  /// The text as paragraphs (`<p>`, line breaks as `<br>`) with the claims marked, and the
  /// claims that could not be marked in it.
  func render(_ claims: [StoredClaim]) -> (html: String, unplaced: [StoredClaim]) {
    let length = text.utf8.count
    var placed: [(range: TextRange, claim: StoredClaim, part: Int)] = []
    var taken = OccupiedRanges()
    var unplaced: [StoredClaim] = []
    for claim in claims.sorted(by: { (start($0) ?? -1) < (start($1) ?? -1) }) {
      let ranges = claim.fragments.compactMap(\.range)
      guard !ranges.isEmpty, ranges.count == claim.fragments.count,
        ranges.allSatisfy({ $0.upperBound <= length && !$0.isEmpty && taken.isFree($0) })
      else {
        unplaced.append(claim)
        continue
      }
      for (part, range) in ranges.enumerated() {
        taken.insert(range)
        placed.append((range, claim, part))
      }
    }
    placed.sort { $0.range.lowerBound < $1.range.lowerBound }
    var html = "<p>"
    var position = 0
    for (range, claim, part) in placed {
      html += paragraphs(position, range.lowerBound)
      let open = HTMLReport.markTag(claim, part: part, palette: palette)
      html += open + paragraphs(range.lowerBound, range.upperBound, between: "</mark></p>\n<p>" + open) + "</mark>"
      position = range.upperBound
    }
    html += paragraphs(position, length) + "</p>"
    return (html, unplaced)
  }

  private func start(_ claim: StoredClaim) -> Int? { claim.fragments.first?.range?.lowerBound }

  /// The text from `from` to `to` (UTF-8 offsets), escaped, paragraph breaks as `between`
  /// (by default closing one paragraph and opening the next) and line breaks as `<br>`.
  private func paragraphs(_ from: Int, _ to: Int, between: String = "</p>\n<p>") -> String {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: from)
    let slice = text[start..<utf8.index(start, offsetBy: to - from)]
    return slice.split(separator: "\n\n", omittingEmptySubsequences: false)
      .map { HTMLReport.escape(String($0)).replacing("\n", with: "<br>") }
      .joined(separator: between)
  }
}

/// Ranges already marked, kept sorted, to tell whether a new one overlaps any.
struct OccupiedRanges {
  private var ranges: [TextRange] = []

  func isFree(_ range: TextRange) -> Bool {
    let index = insertionIndex(range)
    if index > 0, ranges[index - 1].upperBound > range.lowerBound { return false }
    if index < ranges.count, ranges[index].lowerBound < range.upperBound { return false }
    return true
  }

  mutating func insert(_ range: TextRange) { ranges.insert(range, at: insertionIndex(range)) }

  private func insertionIndex(_ range: TextRange) -> Int {
    var (low, high) = (0, ranges.count)
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
