/// What a change between two versions of a quote does to its meaning, flagged louder when a
/// negation, a number or a qualifier is added or dropped.
public struct Alteration: Sendable, Hashable {
  /// The kinds of change found, in the order they occur ("substitution", "insertion", …).
  public let changes: [Change]
  /// Whether any change touches a negation, a number or a qualifier.
  public var changesMeaning: Bool { changes.contains { !$0.flags.isEmpty } }

  /// One changed place with what it changed.
  public struct Change: Sendable, Hashable {
    public var kind: Kind
    public var reference: [String]
    public var variant: [String]
    public var flags: [Flag]
  }

  /// The shape of a change.
  public enum Kind: String, Sendable, Hashable {
    case substitution, insertion, deletion, truncation
  }

  /// Why a change matters.
  public enum Flag: String, Sendable, Hashable {
    case negation, number, qualifier
  }

  public init(_ diff: WordDiff) {
    var changes: [Change] = []
    for operation in diff.operations {
      switch operation {
      case .same: continue
      case .substituted(let reference, let variant):
        changes.append(Self.change(.substitution, reference, variant))
      case .inserted(let words): changes.append(Self.change(.insertion, [], words))
      case .deleted(let words): changes.append(Self.change(.deletion, words, []))
      case .truncated(let words): changes.append(Self.change(.truncation, words, []))
      }
    }
    self.changes = changes
  }

  private static func change(_ kind: Kind, _ reference: [String], _ variant: [String]) -> Change {
    var flags: [Flag] = []
    let removed = Set(reference).subtracting(variant)
    let added = Set(variant).subtracting(reference)
    let touched = removed.union(added)
    if touched.contains(where: MeaningWords.negations.contains) { flags.append(.negation) }
    if touched.contains(where: MeaningWords.isNumber) { flags.append(.number) }
    if removed.contains(where: MeaningWords.qualifiers.contains)
      || added.contains(where: MeaningWords.qualifiers.contains)
    {
      flags.append(.qualifier)
    }
    return Change(kind: kind, reference: reference, variant: variant, flags: flags)
  }
}

/// The folded words whose loss or addition changes what a quote says.
enum MeaningWords {
  static let negations: Set<String> = [
    "not", "never", "no", "nor", "neither", "none", "nobody", "nothing", "nowhere", "cannot", "cant", "dont",
    "doesnt", "didnt", "wont", "wouldnt", "shouldnt", "couldnt", "isnt", "arent", "wasnt", "werent", "hasnt",
    "havent", "hadnt", "mustnt", "neednt", "aint", "without",
  ]
  static let qualifiers: Set<String> = [
    "only", "some", "might", "may", "could", "perhaps", "possibly", "probably", "likely", "unlikely", "almost",
    "nearly", "about", "around", "approximately", "roughly", "partly", "partially", "sometimes", "often", "most",
    "many", "few", "several", "just", "allegedly", "reportedly", "apparently", "arguably", "if", "unless",
    "mostly", "largely", "slightly", "somewhat", "less", "more", "all", "every", "always",
  ]
  static let numberWords: Set<String> = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
    "half", "quarter", "dozen", "percent", "first", "second", "third",
  ]

  static func isNumber(_ word: String) -> Bool {
    numberWords.contains(word) || word.unicodeScalars.contains { $0.properties.numericType != nil }
  }
}
