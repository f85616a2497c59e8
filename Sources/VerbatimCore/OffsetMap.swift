/// A piecewise map from offsets in one byte sequence (the target, e.g. normalised text) to
/// offsets in another (the source it was made from).
///
/// Each segment is a run of equal *units*: every `targetUnit` bytes of the target stand for
/// `sourceUnit` bytes of the source. Copied text is a run of 1:1 units; a transcoded run of
/// UTF-16 ASCII is 1:2; an entity or folded whitespace is one unit spanning the whole segment,
/// so its inside maps to its whole source. Target offsets between segments (inserted
/// separators) map to the nearest neighbour: a start to the next segment, an end to the previous.
public struct OffsetMap: Sendable, Hashable {
  /// One run of the map.
  public struct Segment: Sendable, Hashable {
    public var target: Range<Int>
    public var source: Range<Int>
    public var targetUnit: Int
    public var sourceUnit: Int

    /// Whether target bytes map one for one to source bytes.
    public var isLinear: Bool { targetUnit == 1 && sourceUnit == 1 }
  }

  public private(set) var segments: [Segment] = []

  public init() {}

  /// Appends a run copied one for one (`isLinear`) or a single replacement unit.
  public mutating func append(target: Range<Int>, source: Range<Int>, isLinear: Bool) {
    if isLinear {
      append(target: target, source: source, targetUnit: 1, sourceUnit: 1)
    } else {
      append(
        target: target, source: source, targetUnit: max(1, target.count),
        sourceUnit: source.count)
    }
  }

  /// Appends a run of units after all earlier ones; a run continuing the last one merges into it.
  public mutating func append(target: Range<Int>, source: Range<Int>, targetUnit: Int, sourceUnit: Int) {
    precondition(segments.last.map { $0.target.upperBound <= target.lowerBound } ?? true)
    if let last = segments.last, last.targetUnit == targetUnit, last.sourceUnit == sourceUnit,
      last.target.upperBound == target.lowerBound, last.source.upperBound == source.lowerBound
    {
      segments[segments.count - 1].target = last.target.lowerBound..<target.upperBound
      segments[segments.count - 1].source = last.source.lowerBound..<source.upperBound
      return
    }
    segments.append(
      Segment(target: target, source: source, targetUnit: targetUnit, sourceUnit: sourceUnit))
  }

  /// The source offset where the target position `offset` starts (`isEnd == false`) or ends
  /// (`isEnd == true`) a range.
  public func map(_ offset: Int, isEnd: Bool) -> Int {
    guard !segments.isEmpty else { return offset }
    // The first segment whose target end lies beyond `offset` (for an end: at or beyond it).
    var low = 0
    var high = segments.count
    while low < high {
      let mid = (low + high) / 2
      let end = segments[mid].target.upperBound
      if isEnd ? end < offset : end <= offset { low = mid + 1 } else { high = mid }
    }
    if low == segments.count { return segments[segments.count - 1].source.upperBound }
    let segment = segments[low]
    if offset <= segment.target.lowerBound {
      // In a gap before this segment: an end belongs to what came before.
      return isEnd && low > 0 ? segments[low - 1].source.upperBound : segment.source.lowerBound
    }
    let inside = offset - segment.target.lowerBound
    var units = inside / segment.targetUnit
    if isEnd && inside % segment.targetUnit != 0 { units += 1 }
    return min(segment.source.lowerBound + units * segment.sourceUnit, segment.source.upperBound)
  }
}
