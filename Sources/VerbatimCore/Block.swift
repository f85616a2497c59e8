/// One block of a document's text: a paragraph, heading, quotation, list item, caption or
/// speaker turn, as a range of the document's text.
public struct Block: Sendable, Hashable {
  public var kind: BlockKind
  public var range: TextRange
  /// For utterances: the speaker's name as the source gives it.
  public var speaker: String?
  /// For utterances: the source's identifier of the speaker (a person id or reference), if any.
  public var speakerID: String?
  /// For utterances: the speaker's role at the time (party, office), when a register gives it.
  public var speakerRole: String?
  /// For utterances: the turn's own identifier in the source (`xml:id`), if any.
  public var turnID: String?

  public init(
    kind: BlockKind, range: TextRange, speaker: String? = nil, speakerID: String? = nil, speakerRole: String? = nil,
    turnID: String? = nil
  ) {
    self.kind = kind
    self.range = range
    self.speaker = speaker
    self.speakerID = speakerID
    self.speakerRole = speakerRole
    self.turnID = turnID
  }

  /// The turn this block belongs to (for utterances).
  public var turn: SpeakerTurn {
    SpeakerTurn(speaker: speaker, speakerID: speakerID, role: speakerRole, turnID: turnID)
  }
}
