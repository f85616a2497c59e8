/// The rule that resolved a quote's speaker, from the speaker as written (a name, a pronoun, a
/// role, a description) to who it is within the document. The raw values are the names `verbatim
/// extract` prints in `speakerRule` and after the `+` of `rule`.
public enum SpeakerRule: String, Sendable, Hashable, CaseIterable {
  /// A person's name, or part of it, linked to the fullest form the document gives.
  case personName = "person-name"
  /// An organisation's name.
  case organisationName = "organisation-name"
  /// A capitalised name the document gives no type for (neither a person's nor an organisation's).
  case name = "name"
  /// A surname two people of the document share: the nearest compatible one, less sure.
  case ambiguousSurname = "ambiguous-surname"
  /// A name inside a longer phrase ("Ruiz and her lawyers").
  case nameInPhrase = "name-in-phrase"
  /// "he", "she": the last speaker, when recent and compatible.
  case pronounLastSpeaker = "pronoun-last-speaker"
  /// "he", "she": the nearest person whose gender agrees.
  case pronounGenderMatch = "pronoun-gender-match"
  /// "he", "she": the nearest person of unknown gender.
  case pronounNearestPerson = "pronoun-nearest-person"
  /// "he", "she": a person the text introduced by full name since the last speaker.
  case pronounIntroducedPerson = "pronoun-introduced-person"
  /// "they", "it": the nearest organisation.
  case pluralPronounOrganisation = "plural-pronoun"
  /// "they" after a plural phrase ("residents … because they felt").
  case pluralPronounGroup = "plural-pronoun-group"
  /// "who": the phrase the relative pronoun follows.
  case relativePronoun = "relative-pronoun"
  /// "I", "we", "you": the speaker is not named here.
  case firstPerson = "first-person"
  /// A pronoun with no one compatible before it.
  case unresolvedPronoun = "unresolved-pronoun"
  /// A role ("the senator", "the shadow minister"): the person the document last tied it to.
  case roleHolder = "role-holder"
  /// A role with a name right beside it ("the council's director, Ana Ruiz").
  case roleApposition = "role-apposition"
  /// A phrase in apposition to the name before it ("Ana Ruiz, a spokeswoman for the council,"):
  /// the person named.
  case nameBeforeRole = "name-before-role"
  /// A role no one was tied to: the next person named as a speaker.
  case roleNextNamedSpeaker = "role-next-named-speaker"
  /// "the company", "the department": the organisation the document last tied it to.
  case organisationNoun = "organisation-noun"
  /// A spokesperson of a named organisation ("a spokesperson for the Harbour Trust").
  case spokespersonOfOrganisation = "spokesperson-of-organisation"
  /// A spokesperson of a named person ("Vidal's spokeswoman"): the person spoken for, less sure.
  case spokespersonOfPerson = "spokesperson-of-person"
  /// "A party spokesperson": the party the document names most.
  case partySpokesperson = "party-spokesperson"
  /// A spokesperson for no one named: a description.
  case unnamedSpokesperson = "unnamed-spokesperson"
  /// A collective ("residents", "critics", "Muslim journalists"): a group, no name.
  case group = "group"
  /// A text that says something ("the report", "a statement"): a document, no name.
  case document = "document"
  /// Someone described but not named ("a neighbour", "the bespectacled engineer").
  case description = "description"
  /// Words in a caption, a photo credit, a byline or a dateline: no one speaking.
  case notASpeaker = "not-a-speaker"
  /// Nothing in the words names or describes anyone.
  case unresolved = "unresolved"
  /// A transcript turn: the source names its speaker.
  case transcriptSpeaker = "transcript-speaker"
  /// The writer's own statement: the document's author, else its publisher.
  case documentWriter = "document-writer"
}
