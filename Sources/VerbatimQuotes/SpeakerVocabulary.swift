/// What the words around a quotation say about who spoke: pronouns, titles, roles, groups,
/// organisations, and the genders of common first names.
enum SpeakerVocabulary {
  static let malePronouns: Set<String> = ["he", "him", "his", "himself"]
  static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]
  static let pluralPronouns: Set<String> = ["they", "them", "we", "us"]
  static let otherPronouns: Set<String> = ["i", "you", "it", "who", "which", "one"]

  /// Pronouns that name no one in particular.
  static let indefinite: Set<String> = [
    "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody", "none", "no-one", "whoever",
  ]

  static func isPronoun(_ word: String) -> Bool {
    malePronouns.contains(word) || femalePronouns.contains(word) || pluralPronouns.contains(word)
      || otherPronouns.contains(word)
  }

  /// Titles before a name, and the gender they imply (nil when either).
  static let titles: [String: Gender?] = [
    "mr": .male, "mrs": .female, "ms": .female, "miss": .female, "sir": .male, "lord": .male, "lady": .female,
    "dame": .female, "dr": nil, "prof": nil, "professor": nil, "councillor": nil, "cllr": nil, "president": nil,
    "senator": nil, "sen": nil, "rep": nil, "representative": nil, "gov": nil, "governor": nil, "judge": nil,
    "justice": nil, "general": nil, "gen": nil, "rev": nil, "reverend": nil, "king": .male, "queen": .female,
    "prince": .male, "princess": .female, "pope": .male, "mayor": nil, "chancellor": nil, "secretary": nil,
    "minister": nil, "baroness": .female, "baron": .male, "father": .male, "sister": .female, "brother": .male,
    "rabbi": nil, "imam": nil, "bishop": nil, "cardinal": nil, "det": nil, "officer": nil, "sgt": nil,
    "chief": nil, "speaker": nil, "leader": nil, "congressman": .male, "congresswoman": .female, "mp": nil,
    "msp": nil, "mep": nil, "ms.": .female,
  ]

  /// Nouns naming a role a person holds ("the shadow minister", "a party spokesperson").
  static let roleNouns: Set<String> = [
    "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "candidate", "leader",
    "chairman", "chairwoman", "chair", "president", "senator", "congressman", "congresswoman", "governor",
    "mayor", "official", "aide", "adviser", "advisor", "director", "executive", "ceo", "chief", "founder",
    "councillor", "mp", "lawmaker", "lawyer", "attorney", "prosecutor", "judge", "officer", "source",
    "analyst", "expert", "economist", "professor", "researcher", "scientist", "author", "editor", "reporter",
    "journalist", "columnist", "strategist", "pollster", "campaigner", "activist", "organiser", "organizer",
    "manager", "owner", "resident", "witness", "commissioner", "chancellor", "representative", "rep",
    "nominee", "frontrunner", "front-runner", "challenger", "incumbent", "opponent", "rival", "ally",
    "supporter", "critic", "member", "head", "boss", "engineer", "warden", "teacher", "doctor", "nurse",
    "surgeon", "father", "mother", "wife", "husband", "son", "daughter", "friend", "colleague", "insider",
    "person", "man", "woman", "chairperson", "deputy", "whip", "speaker", "veteran", "donor", "operative",
  ]

  /// Plural nouns for collectives that speak ("sources", "critics", "residents").
  static let groupNouns: Set<String> = [
    "sources", "officials", "critics", "residents", "activists", "protesters", "protestors", "analysts",
    "experts", "voters", "polls", "people", "members", "supporters", "opponents", "aides", "advisers",
    "advisors", "observers", "economists", "scientists", "researchers", "campaigners", "lawmakers",
    "republicans", "democrats", "conservatives", "liberals", "progressives", "leaders", "figures",
    "data", "studies", "surveys", "reports", "documents", "records", "insiders", "allies", "rivals",
    "organisers", "organizers", "witnesses", "investigators", "prosecutors", "lawyers", "attorneys",
    "doctors", "teachers", "parents", "students", "families", "workers", "employees", "staff", "others",
    "many", "some", "both", "all", "several", "few", "most", "americans", "britons", "citizens", "police",
    "authorities", "regulators", "senators", "candidates", "delegates", "donors", "executives", "voices",
    "journalists", "reporters", "members", "ministers", "mps", "councillors", "groups", "campaigns",
  ]

  /// Words that mark a name as an organisation's ("Labour Party", "Justice Department").
  static let organisationWords: Set<String> = [
    "party", "council", "government", "ministry", "department", "agency", "police", "university", "college",
    "association", "union", "committee", "campaign", "inc", "corp", "corporation", "company", "group", "news",
    "times", "post", "journal", "press", "media", "institute", "foundation", "trust", "commission", "office",
    "bureau", "service", "services", "board", "court", "parliament", "congress", "senate", "house", "network",
    "organisation", "organization", "administration", "team", "club", "federation", "coalition", "alliance",
    "society", "center", "centre", "bank", "fund", "authority", "council", "cabinet", "pentagon", "kremlin",
    "tribune", "herald", "gazette", "telegraph", "guardian", "mirror", "express", "mail", "observer",
    "reuters", "bbc", "cnn", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "ap", "afp", "gop", "fbi", "cia",
    "nsa", "epa", "un", "nato", "eu", "imf", "momentum", "labour", "tories", "conservatives", "snp",
    "democrats", "republicans", "greens", "ukip", "reform", "hamas", "idf", "politico", "breitbart",
    "channel", "radio", "tv", "magazine", "daily", "weekly", "newspaper", "website", "blog", "poll", "survey",
    "study", "report",
  ]

  /// Parties that a bare "the party" can refer to.
  static let parties: Set<String> = [
    "labour", "conservatives", "tories", "liberal democrats", "lib dems", "snp", "greens", "reform", "momentum",
    "democrats", "republicans", "gop", "ukip", "plaid cymru", "sinn féin", "dup",
  ]

  enum Gender: Sendable, Equatable {
    case male
    case female
  }

  /// Common first names and the gender they most often carry.
  static let firstNames: [String: Gender] = {
    var table: [String: Gender] = [:]
    let male = """
      aaron adam adrian ahmed alan albert alex alexander ali alistair andrew andy angus anthony antonio arthur \
      barack barry ben benjamin bernie bill billy bob boris brad brandon brendan brian bruce bryan carl carlos \
      charles charlie chris christian christopher chuck clive colin craig dan daniel danny darren dave david \
      dean dennis derek des dick dominic don donald doug douglas duncan dylan ed eddie edward elijah elliot eric \
      ethan evan frank fred frederick gary gavin geoff geoffrey george gerald gordon graham grant greg gregory \
      harry harold henry howard hugh iain ian isaac jack jacob jake james jamie jared jason jay jeb jeff jeffrey \
      jeremy jerry jim jimmy joe joel john johnny jon jonathan jordan jose joseph josh joshua juan justin keir \
      keith ken kenneth kevin kwame kyle lance larry lee leo lewis liam lindsey lloyd louis luke marco marcus \
      mark martin matt matthew max michael mike mitch mitt mohammed muhammad nathan neil nicholas nick nigel \
      noah oliver omar owen patrick paul pete peter phil philip rahm ralph rand randy ray raymond reince rhys \
      richard rick rob robert robin rod roger ron ronald rory roy rudy rupert russell ryan sam samuel scott \
      sean sebastian simon stephen steve steven stuart ted terry theo thomas tim timothy toby todd tom tommy \
      tony trevor tyler vince vincent wayne will william zac zach zachary azhar darren jonathan lloyd luke \
      reza rishi sadiq jeremy kemi wes alan dev joseph samuel alan kieran hakeem
      """
    let female = """
      abigail alice alison amanda amy andrea angela angie ann anna anne annie barbara beth betsy betty \
      bridget carly carol caroline catherine charlotte cheryl chloe christine claire clare cynthia dana \
      deborah debbie diana diane donna dorothy elaine eleanor elizabeth ellen emily emma erin eva fiona \
      frances gemma georgia grace hannah harriet heather helen hillary holly huma ivanka jackie jane janet \
      janice jennifer jessica jill jo joan joanna jodie judith judy julia julie karen kate katherine kathleen \
      kathryn katie kay kayleigh kellyanne kelly kim kirsty laura lauren leah linda lisa liz louise lucy lynn \
      margaret maria marie marine martha mary megan melania melissa michelle monica nancy natalie nicola \
      nicole nikki olivia pamela patricia pauline penny priti rachel rebecca rosie ruth sally samantha sandra \
      sarah shabana sharon shirley sophie stephanie sue susan suzanne theresa tracy valerie vanessa victoria \
      wendy yvette zoe rushanara angela yvonne priya margaret ruth laura beth grace fiona
      """
    for name in male.split(separator: " ") where !name.isEmpty { table[String(name)] = .male }
    for name in female.split(separator: " ") where !name.isEmpty { table[String(name)] = .female }
    return table
  }()
}
