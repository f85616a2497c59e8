/// Who speaks in a transcript's turn, as the source and its register of people say: the name
/// (nil when the source only points at someone the reader cannot name), the source's reference
/// (`#DavidRutley`), the role at the time (party, office), and the turn's own identifier (`xml:id`).
public struct SpeakerTurn: Sendable, Hashable {
  public var speaker: String?
  public var speakerID: String?
  public var role: String?
  public var turnID: String?

  public init(speaker: String? = nil, speakerID: String? = nil, role: String? = nil, turnID: String? = nil) {
    self.speaker = speaker
    self.speakerID = speakerID
    self.role = role
    self.turnID = turnID
  }
}
