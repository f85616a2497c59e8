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
    var operations: [Operation] = []
    var shared = 0
    WordSteps.walk(referenceCount: reference.count, variantCount: variant.count, difference: difference) {
      step, gone, new in
      switch step {
      case .same:
        shared += gone.count
        operations.append(.same(Array(reference[gone])))
      case .substituted:
        operations.append(.substituted(reference: Array(reference[gone]), variant: Array(variant[new])))
      case .deleted: operations.append(.deleted(Array(reference[gone])))
      case .truncated: operations.append(.truncated(Array(reference[gone])))
      case .inserted: operations.append(.inserted(Array(variant[new])))
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

/// The steps of an edit script between two word lists, in reading order, by offsets alone: what
/// `WordDiff` makes its operations of, and what search scoring measures without making them.
enum WordSteps {
  enum Step { case same, substituted, deleted, truncated, inserted }

  /// Calls `visit` with each step and the reference and variant offsets it covers.
  static func walk<Code>(
    referenceCount: Int, variantCount: Int, difference: CollectionDifference<Code>,
    _ visit: (Step, Range<Int>, Range<Int>) -> Void
  ) {
    var removed = [Bool](repeating: false, count: referenceCount)
    var added = [Bool](repeating: false, count: variantCount)
    for change in difference {
      switch change {
      case .remove(let offset, _, _): removed[offset] = true
      case .insert(let offset, _, _): added[offset] = true
      }
    }
    var r = 0
    var v = 0
    while r < referenceCount || v < variantCount {
      if r < referenceCount && v < variantCount && !removed[r] && !added[v] {
        let (r0, v0) = (r, v)
        while r < referenceCount && v < variantCount && !removed[r] && !added[v] {
          r += 1
          v += 1
        }
        visit(.same, r0..<r, v0..<v)
        continue
      }
      let r0 = r
      while r < referenceCount && removed[r] { r += 1 }
      let v0 = v
      while v < variantCount && added[v] { v += 1 }
      let (gone, new) = (r0..<r, v0..<v)
      if gone.isEmpty && new.isEmpty { break }
      let atEdge = v == new.count || v == variantCount
      switch (gone.isEmpty, new.isEmpty) {
      case (false, false): visit(.substituted, gone, new)
      case (false, true): visit(atEdge ? .truncated : .deleted, gone, new)
      default: visit(.inserted, gone, new)
      }
    }
  }
}
