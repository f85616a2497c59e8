/// Turns the many ways pages write a date into ISO 8601 (`YYYY-MM-DD`, with the time when given).
enum DateText {
  private static let months: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
  ]

  static func normalize(_ raw: String) -> String? {
    // Every form has a year in four ASCII digits: text without them is no date (and most text
    // a page is searched through is none).
    guard hasFourDigits(raw) else { return nil }
    let text = raw.trimmingASCIIWhitespace()
    guard !text.isEmpty else { return nil }
    if let iso = isoDate(text) { return iso }
    return writtenDate(text)
  }

  /// The lowercased runs of letters and digits; ASCII text is split byte by byte, the same way
  /// and many times faster.
  private static func words(_ text: String) -> [Substring] {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }
    let lowered = String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    return lowered.utf8.split(whereSeparator: { byte in
      !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39))
    }).map { Substring($0) }
  }

  /// Whether ASCII text has more than `limit` runs of letters and digits (what `words` would
  /// count), decided without splitting it; false for other text.
  private static func hasMoreASCIIWords(_ text: String, than limit: Int) -> Bool {
    var words = 0
    var inWord = false
    for byte in text.utf8 {
      guard byte < 0x80 else { return false }
      let isWordByte = (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
      if isWordByte && !inWord {
        words += 1
        if words > limit { return true }
      }
      inWord = isWordByte
    }
    return false
  }

  /// Whether four ASCII digits stand in a row somewhere in `text`.
  private static func hasFourDigits(_ text: String) -> Bool {
    var run = 0
    for byte in text.utf8 {
      run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
      if run == 4 { return true }
    }
    return false
  }

  /// `2025-09-04`, `2025-09-04T10:00:00+01:00`, `2025/09/04`, `2025.09.04`, `20250904`.
  private static func isoDate(_ text: String) -> String? {
    let chars = Array(text.utf8)
    func digits(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= chars.count else { return nil }
      var value = 0
      for index in from..<from + count {
        let byte = chars[index]
        guard byte >= 48 && byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard let year = digits(0, 4), (1900...2100).contains(year) else { return nil }
    var month: Int?
    var day: Int?
    var rest = 0
    if chars.count >= 10, [45, 47, 46].contains(chars[4]), chars[7] == chars[4] {
      month = digits(5, 2)
      day = digits(8, 2)
      rest = 10
    } else if chars.count >= 8, let m = digits(4, 2), let d = digits(6, 2), chars.count == 8 || chars[8] == 84 {
      month = m
      day = d
      rest = 8
    }
    guard let month, let day, (1...12).contains(month), (1...31).contains(day) else { return nil }
    let date = "\(year)-\(pad(month))-\(pad(day))"
    if rest < chars.count, chars[rest] == 84 || chars[rest] == 32, let hour = digits(rest + 1, 2),
      rest + 3 < chars.count, chars[rest + 3] == 58, let minute = digits(rest + 4, 2), hour < 24, minute < 60
    {
      let tail = String(decoding: chars[(rest + 1)...], as: UTF8.self)
      let time = tail.prefix { "0123456789:.+-Z".contains($0) }
      return date + "T" + time
    }
    return date
  }

  /// `September 4, 2025`, `Sep. 4th 2025`, `4 September 2025`, `Thu, 04 Sep 2025 10:00:00 GMT`,
  /// `09/04/2025` (month first unless the first number cannot be a month).
  private static func writtenDate(_ text: String) -> String? {
    let words = words(text)
    var year: Int?
    var month: Int?
    var day: Int?
    var numbers: [Int] = []
    // The day of a written month is the number beside it: "19 December", "December 19th".
    var beforeMonth: Int?
    var previousNumber: Int?
    var justAfterMonth = false
    for word in words {
      if let value = Int(word.prefix { $0.isNumber }), word.first?.isNumber == true {
        let suffix = word.drop { $0.isNumber }
        if !suffix.isEmpty && !["st", "nd", "rd", "th"].contains(String(suffix)) {
          previousNumber = nil
          justAfterMonth = false
          continue
        }
        if value >= 1900 && value <= 2100 && year == nil {
          year = value
        } else if value >= 1 && value <= 31 && day == nil && justAfterMonth {
          day = value
        } else {
          numbers.append(value)
        }
        previousNumber = value
        justAfterMonth = false
      } else if month == nil, word.count >= 3, let value = months[String(word.prefix(3))] {
        if word.count > 3 && !monthNames.contains(where: { $0.hasPrefix(word) }) && word != "sept" { continue }
        month = value
        beforeMonth = previousNumber.flatMap { (1...31).contains($0) ? $0 : nil }
        justAfterMonth = true
      } else {
        previousNumber = nil
        justAfterMonth = false
      }
    }
    if month != nil && day == nil { day = beforeMonth }
    if month != nil && day == nil, let first = numbers.first(where: { (1...31).contains($0) }) { day = first }
    if month == nil && numbers.count >= 2 {
      let (a, b) = (numbers[0], numbers[1])
      if a > 12 && b <= 12 {
        day = a
        month = b
      } else if a <= 12 && b <= 31 {
        month = a
        day = b
      }
    }
    guard let year, let month, let day, (1...31).contains(day) else { return nil }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  /// Whether a short text is mostly a date: a month name or numeric date with a year, and
  /// few other words ("Published on July 18, 2025", "12.12.2025").
  static func looksLikeDate(_ text: String) -> Bool {
    guard hasFourDigits(text), !hasMoreASCIIWords(text, than: 7) else { return false }
    let words = words(text)
    guard words.count <= 7 else { return false }
    let hasYear = words.contains { Int($0).map { (1990...2100).contains($0) } ?? false }
    let hasMonth = words.contains { word in word.count >= 3 && monthNames.contains { $0.hasPrefix(word) } }
    return hasYear && (hasMonth || isoDate(text) != nil || words.filter { Int($0) != nil }.count >= 3)
  }

  /// Days from one ISO date to another (`2025-12-18`, `2025-12-19T02:00Z` → 1), by the calendar.
  static func daysBetween(_ from: String, _ to: String) -> Int? {
    guard let start = dayNumber(from), let end = dayNumber(to) else { return nil }
    return end - start
  }

  /// Days since 1970-01-01 of an ISO date's calendar day.
  private static func dayNumber(_ iso: String) -> Int? {
    let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    // Days from civil (Howard Hinnant's algorithm).
    let (year, month, day) = (parts[1] <= 2 ? parts[0] - 1 : parts[0], parts[1], parts[2])
    let era = (year >= 0 ? year : year - 399) / 400
    let yearOfEra = year - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  private static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
