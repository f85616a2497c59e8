/// A word-level comparison of one version of a quote against a reference version: which words
/// stayed, which were substituted, inserted or deleted, and whether the ends were cut.
public struct WordDiff: Sendable, Hashable {
  /// One step of the comparison, in reading order.
  public enum Operation: Sendable, Hashable {
    case same([String])
    /// Reference words replaced by other words.
    case substituted(reference: [String], variant: [String])
    /// Words the variant adds.
    case inserted([String])
    /// Reference words the variant leaves out, inside the quote.
    case deleted([String])
    /// Reference words the variant leaves out at its start or end.
    case truncated([String])
  }

  public let operations: [Operation]
  /// How many reference words the variant keeps, in order.
  public let sharedCount: Int

  public init(reference: [String], variant: [String]) {
    self.init(reference: reference, variant: variant, difference: variant.difference(from: reference))
  }

  /// The diff of two word lists from an edit script already found between them, or between
  /// codes standing for their words (equal codes exactly where the words are equal): the script
  /// is read by offsets only.
  init<Code>(reference: [String], variant: [String], difference: CollectionDifference<Code>) {
    var removed = Set<Int>()
    var added = Set<Int>()
    for change in difference {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): added.insert(offset)
      }
    }
    var operations: [Operation] = []
    var r = 0
    var v = 0
    var shared = 0
    while r < reference.count || v < variant.count {
      if r < reference.count && v < variant.count && !removed.contains(r) && !added.contains(v) {
        var run: [String] = []
        while r < reference.count && v < variant.count && !removed.contains(r) && !added.contains(v) {
          run.append(reference[r])
          r += 1
          v += 1
        }
        shared += run.count
        operations.append(.same(run))
        continue
      }
      var gone: [String] = []
      while r < reference.count && removed.contains(r) {
        gone.append(reference[r])
        r += 1
      }
      var new: [String] = []
      while v < variant.count && added.contains(v) {
        new.append(variant[v])
        v += 1
      }
      if gone.isEmpty && new.isEmpty { break }
      let atEdge = v == new.count || v == variant.count
      switch (gone.isEmpty, new.isEmpty) {
      case (false, false): operations.append(.substituted(reference: gone, variant: new))
      case (false, true): operations.append(atEdge ? .truncated(gone) : .deleted(gone))
      default: operations.append(.inserted(new))
      }
    }
    self.operations = operations
    self.sharedCount = shared
  }

  init(operations: [Operation], sharedCount: Int) {
    self.operations = operations
    self.sharedCount = sharedCount
  }

  /// How many reference words lie between the first and the last word the variant keeps.
  public var coveredReferenceCount: Int {
    var count = 0
    for operation in operations {
      switch operation {
      case .same(let words), .deleted(let words): count += words.count
      case .substituted(let words, _): count += words.count
      case .inserted, .truncated: continue
      }
    }
    return count
  }

  /// Whether the variant says the reference's words and nothing else.
  public var isIdentical: Bool { operations.allSatisfy { if case .same = $0 { true } else { false } } }

  /// Whether the variant is one unbroken stretch of the reference (a partial quote).
  public var isExcerpt: Bool {
    operations.allSatisfy {
      switch $0 {
      case .same, .truncated: true
      default: false
      }
    }
  }
}
