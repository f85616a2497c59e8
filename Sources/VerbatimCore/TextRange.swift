/// A half-open range of UTF-8 offsets into a document's normalised text.
public struct TextRange: Sendable, Hashable, Comparable {
  public var lowerBound: Int
  public var upperBound: Int

  public init(_ lowerBound: Int, _ upperBound: Int) {
    precondition(lowerBound <= upperBound, "TextRange bounds out of order")
    self.lowerBound = lowerBound
    self.upperBound = upperBound
  }

  public init(_ range: Range<Int>) { self.init(range.lowerBound, range.upperBound) }

  public var isEmpty: Bool { lowerBound == upperBound }
  public var count: Int { upperBound - lowerBound }
  public var range: Range<Int> { lowerBound..<upperBound }

  public func contains(_ other: TextRange) -> Bool {
    lowerBound <= other.lowerBound && other.upperBound <= upperBound
  }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.lowerBound, lhs.upperBound) < (rhs.lowerBound, rhs.upperBound)
  }
}
