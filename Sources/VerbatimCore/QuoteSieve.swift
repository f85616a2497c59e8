/// The sieve (rule) that found a quote and linked it to its cue and speaker mention. The raw
/// values are the names `verbatim extract` prints in `sieve` and at the head of `rule`.
public enum QuoteSieve: String, Sendable, Hashable, CaseIterable {
  /// “…,” she said: a quotation with its cue and speaker right after it.
  case quoteCueSpeaker = "quote-cue-speaker"
  /// The writer's words that lead into a quotation with its cue after it (mixed).
  case leadInQuoteCueSpeaker = "lead-in-quote-cue-speaker"
  /// “A,” he said, “B.”: one quotation split around its cue.
  case splitQuote = "split-quote"
  /// “…” He said. A quotation whose attribution is the next sentence.
  case quoteThenAttribution = "quote-then-attribution"
  /// “…” ― Name: a quotation signed after a dash.
  case quoteThenSignature = "quote-then-signature"
  /// Name agreed. “…”: a short sentence of speaker and cue, then the quotation.
  case attributionThenQuote = "attribution-then-quote"
  /// A paragraph ending “X said:” introduces the quotation that opens the next one.
  case colonParagraph = "colon-paragraph"
  /// A paragraph ending in a colon with no cue: its subject speaks the next paragraph's quotation.
  case colonParagraphSubject = "colon-paragraph-subject"
  /// X said: “…”.
  case colonCue = "colon-cue"
  /// X said, “…”.
  case speakerCueQuote = "speaker-cue-quote"
  /// Name: “…” with no verb.
  case speakerLabelColon = "speaker-label-colon"
  /// “A,” she said, adding, “B.”: a quotation after a participle cue.
  case participleContinuation = "participle-continuation"
  /// Quotations in the sentences after mixed content, by the same speaker.
  case followsMixed = "follows-mixed"
  /// “…,” she said, arguing that …: the reported speech of a participle after an attribution.
  case participleReport = "participle-report"
  /// …, X said: content before a comma, its source and cue after.
  case contentCommaSpeakerCue = "content-comma-speaker-cue"
  /// …, said X: content before a comma, the cue and then its source.
  case contentCommaCueSpeaker = "content-comma-cue-speaker"
  /// A, X said, B: the attribution inside what was said.
  case contentSpeakerCueContent = "content-speaker-cue-content"
  /// According to X, …; …, according to X.
  case accordingTo = "according-to"
  /// X said (that) …: reported speech in the writer's words.
  case reportedSpeech = "reported-speech"
  /// X said “…”: a cue whose content is one quotation.
  case reportedSpeechQuotation = "reported-speech-quotation"
  /// X chanted “…” and “…”: a cue whose content is quotations joined by "and".
  case reportedSpeechQuotations = "reported-speech-quotations"
  /// X said that … “…” …: reported speech with a quotation inside (mixed).
  case reportedSpeechWithQuotation = "reported-speech-with-quotation"
  /// The ferry is expected to run …; it was announced that …: a passive report with no source.
  case passiveReport = "passive-report"
  /// X described the plan as a “…”: a label by the verb's subject.
  case characterization = "characterization"
  /// … and called the plan “…”: the speaker's next deed with a quotation in it.
  case coordinatedReport = "coordinated-report"
  /// A later quotation in a sentence whose speaker was named before it.
  case sameSentenceSpeaker = "same-sentence-speaker"
  /// A quotation opening a paragraph that continues the last speaker.
  case paragraphContinuation = "paragraph-continuation"
  /// A quotation with no cue in a paragraph whose speaker was named earlier.
  case sameParagraphSpeaker = "same-paragraph-speaker"
  /// A quotation of real length with no one to give it to.
  case unattributedQuotation = "unattributed-quotation"
  /// A transcript turn: the source names the speaker.
  case transcriptTurn = "transcript-turn"
  /// A sentence of the writer's own that states a figure (with `--claims`).
  case writerStatementWithFigure = "writer-statement-with-figure"
}
