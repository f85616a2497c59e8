public import VerbatimCore

/// Extracts every quote and reported claim of a document with its speaker as written and as
/// resolved, each with the rule that decided it and a confidence. Transcript turns are
/// attributed to their speaker directly. Pure Swift, no models, linear in the text.
public struct QuoteExtractor: Sendable {
  /// Whether to report the writer's own check-worthy statements as claims of kind `statement`.
  public var includeStatements: Bool

  public init(includeStatements: Bool = false) {
    self.includeStatements = includeStatements
  }

  public func extract(from document: Document) -> [Quote] {
    let tokens = Tokenizer.tokenize(document)
    let attributor = Attributor(document: document, tokens: tokens)
    let attributions = attributor.attribute()
    let entities = EntityTable(
      tokens: tokens, text: document.text, sentences: attributor.sentences, blocks: document.blocks)
    var resolver = SpeakerResolver(tokens: tokens, entities: entities, phrases: attributor.phrases)

    // Transcript turns: the source says who spoke.
    let turns = document.blocks.filter { $0.kind == .utterance }
    var quotes: [Quote] = []
    quotes.reserveCapacity(turns.count + attributions.count)
    for turn in turns {
      quotes.append(
        Quote(
          kind: .direct, fragments: [turn.range], cue: nil,
          speaker: SpeakerAttribution(
            name: turn.speaker, type: turn.speaker == nil && turn.speakerID == nil ? .unknown : .person,
            role: turn.speakerRole, mention: nil, identifier: turn.speakerID),
          confidence: turn.speaker == nil ? 0.5 : 1.0, sieve: .transcriptTurn, speakerRule: .transcriptSpeaker,
          rule: QuoteSieve.transcriptTurn.rawValue))
    }
    // Blocks are in order and do not overlap, so the one block that can hold a range is found by
    // binary search (a scan of every turn per attribution made long transcripts quadratic).
    let inTurn = { (range: TextRange) -> Bool in
      let index = block(containing: range.lowerBound, in: document)
      return index < document.blocks.count && document.blocks[index].kind == .utterance
        && document.blocks[index].range.contains(range)
    }

    // Named speakers in order, for pronouns (backwards) and roles (forwards).
    var named: [(position: Int, entity: Int)] = []
    for attribution in attributions {
      if let speaker = attribution.speaker, let entity = entities.entity(overlapping: speaker),
        entities.entities[entity].kind == .person || entities.entities[entity].kind == .unknown
      {
        named.append((speaker.lowerBound, entity))
      }
    }
    var previous: [(position: Int, entity: Int)] = []
    var nextNamed = 0
    // Each quote's entity, for the speaker type the whole document shows in the end.
    var resolved: [(quote: Int, entity: Int)] = []
    for attribution in attributions where !attribution.fragments.allSatisfy(inTurn) {
      var speaker = SpeakerAttribution.unknown
      var confidence = attribution.confidence
      var rule = attribution.sieve.rawValue
      var speakerRule: SpeakerRule?
      if let mention = attribution.speaker {
        while nextNamed < named.count && named[nextNamed].position <= mention.upperBound { nextNamed += 1 }
        let later = named[nextNamed..<min(named.count, nextNamed + 3)].map(\.entity)
        let resolution = resolver.resolve(
          mention, previousSpeakers: previous, laterSpeakers: later,
          quoteBlock: attribution.fragments.first.map { block(containing: $0.lowerBound, in: document) })
        speaker = SpeakerAttribution(
          name: resolution.name, type: resolution.type, role: resolution.role,
          mention: Mention(text: text(of: mention, tokens: tokens, in: document), ranges: [range(of: mention, tokens)]))
        confidence = (confidence * resolution.confidence).squareRoot()
        speakerRule = resolution.rule
        rule += "+" + resolution.rule.rawValue
        if let entity = resolution.entity {
          resolved.append((quotes.count, entity))
          let kind = resolver.kind(of: entity)
          if kind == .person || kind == .unknown { previous.append((mention.lowerBound, entity)) }
        }
      }
      let cue = attribution.cue.map {
        Mention(text: text(of: $0, tokens: tokens, in: document), ranges: [range(of: $0, tokens)])
      }
      quotes.append(
        Quote(
          kind: attribution.kind, fragments: attribution.fragments, cue: cue, speaker: speaker,
          confidence: (confidence * 100).rounded() / 100, sieve: attribution.sieve, speakerRule: speakerRule,
          rule: rule))
    }
    // What the whole document shows an entity to be ("Ruiz" is a person once "she" is tied to her).
    for (quote, entity) in resolved where quotes[quote].speaker.type == .unknown {
      quotes[quote].speaker.type = resolver.type(of: resolver.kind(of: entity))
    }
    if includeStatements {
      // The writer's own claims, attributed to the document's author or, failing that, publisher.
      let author = document.metadata.authors.first
      let writer = SpeakerAttribution(
        name: author ?? document.metadata.publisher,
        type: author != nil ? .person : document.metadata.publisher != nil ? .organisation : .unknown, mention: nil)
      let finder = StatementFinder(tokens: tokens, sentences: attributor.sentences, owner: attributor.owner)
      for range in finder.statements(covered: quotes.flatMap(\.fragments)) {
        quotes.append(
          Quote(
            kind: .statement, fragments: [range], cue: nil, speaker: writer, confidence: 0.6,
            sieve: .writerStatementWithFigure, speakerRule: .documentWriter,
            rule: QuoteSieve.writerStatementWithFigure.rawValue))
      }
    }
    // In place: quotes mostly come in order already, and then sorting copies nothing.
    quotes.sort { $0.extent.lowerBound < $1.extent.lowerBound }
    return quotes
  }

  /// The index of the block whose range holds text offset `offset` (blocks are in text order).
  private func block(containing offset: Int, in document: Document) -> Int {
    var low = 0
    var high = document.blocks.count
    while low < high {
      let mid = (low + high) / 2
      if document.blocks[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  private func range(of tokens: Range<Int>, _ all: TokenList) -> TextRange {
    TextRange(all[tokens.lowerBound].start, all[tokens.upperBound - 1].end)
  }

  private func text(of tokens: Range<Int>, tokens all: TokenList, in document: Document) -> String {
    String(document.text(in: range(of: tokens, all)))
  }
}
