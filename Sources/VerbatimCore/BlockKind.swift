/// What a block of a document is.
public enum BlockKind: String, Sendable, Hashable, CaseIterable {
  case paragraph
  case heading
  case blockquote
  case listItem
  case caption
  /// A speaker's turn in a transcript; the block's `speaker` names who spoke.
  case utterance
}
