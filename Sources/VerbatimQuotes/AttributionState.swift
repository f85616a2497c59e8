internal import VerbatimCore

/// What the sieves have linked so far, document-wide and in the sentence being read. Sieves
/// only add to it: a quotation once consumed is never linked again.
struct AttributionState {
  let context: AttributionContext
  /// Links in the order they were made.
  private(set) var results: [Attribution] = []
  /// Whether each quotation has been linked (or taken into another link).
  var consumed: [Bool]
  /// The last link made at a quotation, which a later paragraph's quotation may continue.
  private(set) var lastDirect: Attribution?
  /// The last cue token a quotation used; a quotation may use the next sentence's cue.
  var lastUsedCue = -1
  /// The last result with a speaker, found by scanning each result once (results only grow).
  var lastSpoken: Int?
  var scanned = 0

  // The sentence being read.
  private(set) var sentenceIndex = 0
  private(set) var sentence: Range<Int> = 0..<0
  /// Quotations opening in the sentence, in text order.
  private(set) var quotes: [Int] = []
  /// Where the sentence's links begin in `results`.
  private(set) var sentenceResults = 0
  /// Cue tokens the sentence's quotations used.
  var usedCues = Set<Int>()
  /// The sentence's last link made at a quotation.
  var previousInSentence: Attribution?
  /// Where the attributed quotations and their attributions end in the sentence.
  var attributedUpTo = 0
  private var nextSpan = 0

  init(context: AttributionContext) {
    self.context = context
    consumed = Array(repeating: false, count: context.spans.count)
  }

  /// Starts reading sentence `index`.
  mutating func begin(sentence index: Int) {
    let sentence = context.sentences[index]
    sentenceIndex = index
    self.sentence = sentence
    let spans = context.spans
    while nextSpan < spans.count && spans[nextSpan].openToken < sentence.lowerBound { nextSpan += 1 }
    quotes.removeAll(keepingCapacity: true)
    var probe = nextSpan
    while probe < spans.count && spans[probe].openToken < sentence.upperBound {
      quotes.append(probe)
      probe += 1
    }
    usedCues.removeAll(keepingCapacity: true)
    sentenceResults = results.count
    previousInSentence = nil
    attributedUpTo = sentence.lowerBound
  }

  /// The sentence's links so far.
  var linkedInSentence: ArraySlice<Attribution> { results[sentenceResults...] }

  mutating func append(_ link: Attribution) {
    results.append(link)
    if link.sieve.continuesSpeaker { lastDirect = link }
  }
}
