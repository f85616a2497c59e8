/// How a claim's speaker, as the document names them, was joined to the store's speaker.
public enum SpeakerMatch: String, Sendable, Hashable, CaseIterable {
  /// The same full name (case, titles and post-nominals aside), or an organisation's name.
  case fullName = "full-name"
  /// A name a people file (or register) lists for the speaker.
  case alias
  /// A surname alone, joined to the one speaker of that surname and type in the store.
  case surname
  /// An editor's `speakers merge`.
  case manual
}
