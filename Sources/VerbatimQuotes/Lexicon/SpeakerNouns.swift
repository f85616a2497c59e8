/// Nouns that say what a speaker is: titles before a name, roles, collectives, texts that speak,
/// and the words that make a name an organisation's. English vocabulary of ranks, offices, trades
/// and institutions as dictionaries and news style guides list them (the AP and Reuters
/// stylebooks' entries on titles and abbreviations); no name of any person, party or outlet.
extension Lexicon {
  /// Titles written before a name, and the gender they imply (nil when either).
  static let titles: [String: SpeakerGender?] = [
    "mr": .male, "mrs": .female, "ms": .female, "miss": .female, "mx": nil, "sir": .male, "dame": .female,
    "lord": .male, "lady": .female, "dr": nil, "prof": nil, "professor": nil, "rev": nil, "reverend": nil,
    "fr": .male, "father": .male, "sister": .female, "brother": .male, "rabbi": nil, "imam": nil, "sheikh": .male,
    "bishop": nil, "archbishop": nil, "cardinal": nil, "pope": .male, "pastor": nil, "king": .male, "queen": .female,
    "prince": .male, "princess": .female, "duke": .male, "duchess": .female, "countess": .female, "baron": .male,
    "baroness": .female, "emperor": .male, "empress": .female, "sultan": .male,
    "emir": .male, "president": nil, "premier": nil, "chancellor": nil, "minister": nil, "secretary": nil,
    "senator": nil, "sen": nil, "rep": nil, "representative": nil, "congressman": .male, "congresswoman": .female,
    "assemblyman": .male, "assemblywoman": .female, "councillor": nil, "councilor": nil, "councilman": .male,
    "councilwoman": .female, "cllr": nil, "alderman": nil, "mayor": nil, "governor": nil, "gov": nil,
    "lt": nil, "lieutenant": nil, "gen": nil, "general": nil, "col": nil, "colonel": nil, "maj": nil, "major": nil,
    "capt": nil, "captain": nil, "cmdr": nil, "commander": nil, "adm": nil, "admiral": nil, "sgt": nil,
    "sergeant": nil, "cpl": nil, "corporal": nil, "pvt": nil, "officer": nil, "det": nil, "detective": nil,
    "inspector": nil, "insp": nil, "supt": nil, "superintendent": nil, "constable": nil, "chief": nil,
    "sheriff": nil, "marshal": nil, "judge": nil, "justice": nil, "magistrate": nil, "attorney": nil, "atty": nil,
    "prosecutor": nil, "ambassador": nil, "amb": nil, "commissioner": nil, "speaker": nil, "chairman": nil,
    "chairwoman": .female, "chair": nil, "director": nil, "coach": nil, "leader": nil, "mp": nil, "msp": nil,
    "mep": nil, "mla": nil, "pres": nil, "sec": nil, "supervisor": nil, "trustee": nil, "dean": nil,
    "delegate": nil, "del": nil,
  ]

  /// Titles that are also ordinary words or parts of company names ("General Mills", "Major
  /// League"): a title only after a dot, after another title, or before a whole name.
  static let ambiguousTitles: Set<String> = [
    "general", "major", "chief", "private", "first", "grand", "marshal", "judge", "dean", "coach", "chair",
    "speaker", "leader", "justice", "officer", "director", "brother", "sister", "father", "king", "prince",
    "del",
  ]

  /// The one word a role is known by, whatever form the text gives it: "Sen." and "senator",
  /// "congresswoman" and "Rep.", "spokesman" and "spokesperson" (from the stylebooks'
  /// abbreviations of titles).
  static let roleForms: [String: String] = [
    "sen": "senator", "rep": "representative", "congressman": "representative", "congresswoman": "representative",
    "congressperson": "representative", "gov": "governor", "lt": "lieutenant", "gen": "general", "col": "colonel",
    "maj": "major", "capt": "captain", "cmdr": "commander", "adm": "admiral", "sgt": "sergeant", "cpl": "corporal",
    "det": "detective", "insp": "inspector", "supt": "superintendent", "atty": "attorney", "amb": "ambassador",
    "prof": "professor", "rev": "reverend", "cllr": "councillor", "councilor": "councillor",
    "councilman": "councillor", "councilwoman": "councillor", "pres": "president", "sec": "secretary",
    "del": "delegate",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "assemblyman": "assemblymember", "assemblywoman": "assemblymember",
    "advisor": "adviser", "dr": "doctor",
  ]

  /// Nouns naming a role a person holds ("the shadow minister", "a party spokesperson", "singer").
  static let roleNouns: Set<String> = [
    "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "candidate", "leader",
    "chairman", "chairwoman", "chair", "chairperson", "president", "senator", "congressman", "congresswoman",
    "representative", "governor", "mayor", "official", "aide", "adviser", "advisor", "director", "executive", "ceo",
    "cfo", "chief", "founder", "co-founder", "cofounder", "councillor", "councilor", "councilman", "councilwoman",
    "alderman", "mp", "lawmaker", "legislator", "politician", "lawyer", "attorney", "barrister", "solicitor",
    "prosecutor", "judge", "justice", "magistrate", "officer", "source", "analyst", "expert", "economist",
    "professor", "lecturer", "researcher", "scientist", "historian", "author", "writer", "novelist", "poet",
    "editor", "reporter", "journalist", "correspondent", "columnist", "commentator", "blogger", "host", "anchor",
    "presenter", "moderator", "strategist", "pollster", "consultant", "campaigner", "activist", "organiser",
    "organizer", "manager", "owner", "resident", "neighbour", "neighbor", "witness", "commissioner",
    "chancellor", "nominee", "hopeful", "frontrunner", "front-runner", "challenger", "incumbent", "opponent",
    "rival", "ally", "supporter", "critic", "member", "head", "boss", "engineer", "architect", "warden",
    "teacher", "principal", "doctor", "physician", "nurse", "surgeon", "father", "mother", "parent", "wife",
    "husband", "son", "daughter", "brother", "sister", "grandmother", "grandfather", "friend", "colleague",
    "insider", "person", "man", "woman", "deputy", "whip", "speaker", "veteran", "donor", "operative",
    "premier", "ambassador", "envoy", "diplomat", "delegate", "consul", "regulator", "auditor", "inspector",
    "detective", "sheriff", "constable", "sergeant", "lieutenant", "captain", "colonel", "general", "commander",
    "admiral", "soldier", "pilot", "counsel", "assistant", "staffer", "employee", "worker", "volunteer",
    "student", "graduate", "farmer", "driver", "passenger", "victim", "survivor", "fan", "player", "coach",
    "athlete", "referee", "singer", "rapper", "musician", "artist", "actor", "actress", "comedian", "producer",
    "filmmaker", "photographer", "star", "priest", "pastor", "rabbi", "imam", "cleric", "bishop", "nun", "monk",
    "king", "queen", "prince", "princess", "pope", "businessman", "businesswoman", "entrepreneur", "investor",
    "banker", "trader", "partner", "landlord", "tenant", "shopkeeper", "customer", "patient", "mp", "mep",
    "trustee", "dean", "provost", "superintendent", "supervisor", "administrator", "coordinator", "designer",
    "developer", "programmer", "technician", "specialist", "planner", "curator", "associate", "fellow", "intern",
    "chef", "bartender", "barista", "nutritionist", "dietitian", "therapist", "psychologist", "psychiatrist",
    "pharmacist", "dentist", "veterinarian", "paramedic", "firefighter", "electrician", "plumber", "mechanic",
    "instructor", "trainer", "tutor", "educator", "librarian", "accountant", "clerk", "agent", "broker", "realtor",
    "statistician", "mathematician", "physicist", "chemist", "biologist", "geologist", "astronomer", "ecologist",
    "epidemiologist", "virologist", "neurologist", "cardiologist", "oncologist", "pediatrician", "paediatrician",
    "scholar", "academic", "rector", "headteacher", "investigator", "ranger", "publisher", "reviewer", "podcaster",
    "influencer", "creator", "painter", "sculptor", "songwriter", "composer", "conductor", "dancer", "choreographer",
    "cto", "coo", "cmo", "vp", "advocate", "champion", "winner", "rancher", "grower", "lecturer", "manager",
    "master", "keeper", "steward", "skipper",
  ]

  /// The nouns of a spokesperson, who speaks for someone else.
  static let spokespersonNouns: Set<String> = [
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "spokesmen", "spokeswomen",
    "representative",
  ]

  /// Nouns that say a person's gender ("the spokeswoman", "his wife"), for pronouns.
  static let maleNouns: Set<String> = [
    "spokesman", "chairman", "congressman", "councilman", "assemblyman", "businessman", "alderman", "man", "boy",
    "father", "husband", "son", "brother", "grandfather", "uncle", "nephew", "boyfriend", "king", "prince", "duke",
    "monk", "widower", "gentleman", "sportsman", "fisherman", "policeman", "fireman", "chairman", "actor",
  ]
  static let femaleNouns: Set<String> = [
    "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "businesswoman", "woman", "girl",
    "mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "girlfriend", "queen", "princess",
    "duchess", "actress", "nun", "widow", "lady", "sportswoman", "policewoman", "waitress", "heiress",
  ]

  /// Plural nouns for collectives that speak ("sources", "critics", "residents").
  static let groupNouns: Set<String> = [
    "sources", "officials", "critics", "residents", "activists", "protesters", "protestors", "analysts",
    "experts", "voters", "polls", "people", "members", "supporters", "opponents", "aides", "advisers",
    "advisors", "observers", "economists", "scientists", "researchers", "campaigners", "lawmakers", "legislators",
    "conservatives", "liberals", "progressives", "leaders", "figures", "insiders", "allies", "rivals",
    "organisers", "organizers", "witnesses", "investigators", "prosecutors", "lawyers", "attorneys",
    "doctors", "teachers", "parents", "students", "families", "family", "workers", "employees", "staff", "others",
    "many", "some", "both", "all", "several", "few", "most", "citizens", "police", "authorities", "regulators",
    "senators", "candidates", "delegates", "donors", "executives", "voices", "journalists", "reporters",
    "ministers", "mps", "councillors", "groups", "campaigns", "neighbours", "neighbors", "locals", "fans",
    "viewers", "readers", "listeners", "customers", "users", "shoppers", "farmers", "owners", "landlords",
    "tenants", "veterans", "victims", "survivors", "relatives", "friends", "colleagues", "diplomats", "troops",
    "soldiers", "officers", "agencies", "governments", "companies", "firms", "banks", "unions", "scholars",
    "historians", "commentators", "pundits", "pollsters", "strategists", "operatives", "participants",
    "respondents", "nurses", "patients", "pupils", "academics", "clergy", "crowd", "crowds", "audience",
    "public", "panel", "jury", "majority", "minority", "team", "staffers", "volunteers", "demonstrators",
  ]

  /// Nouns for texts and records that say something ("the report", "a statement", "the poll").
  static let documentNouns: Set<String> = [
    "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "statement", "statements",
    "letter", "letters", "filing", "filings", "memo", "memos", "memorandum", "document", "documents", "analysis",
    "review", "audit", "ruling", "judgment", "judgement", "verdict", "complaint", "lawsuit", "suit", "indictment",
    "affidavit", "transcript", "release", "announcement", "notice", "tweet", "tweets", "post", "posts", "email",
    "emails", "e-mail", "e-mails", "message", "messages", "article", "editorial", "column", "book", "paper",
    "data", "figures", "records", "minutes", "website", "site", "page", "ad", "ads", "advertisement", "video",
    "footage", "recording", "bill", "law", "plan", "proposal", "guidance", "guidelines", "policy", "order",
    "decree", "motion", "resolution", "petition", "manifesto", "platform", "chart", "map", "index", "estimate",
    "estimates", "forecast", "projection", "model", "census", "research", "findings", "evidence", "investigation",
    "inquiry", "probe", "testimony", "summary", "communique", "declaration", "agreement", "treaty", "contract",
    "budget", "interview", "speech", "remarks", "comments", "note", "notes", "sign", "signs", "banner",
    "leaflet", "flyer", "brochure", "guide", "warning", "alert", "bulletin", "newsletter", "blog", "headline",
    "caption", "photo", "image", "text", "texts", "cable", "cables", "files", "account", "accounts", "story",
    "broadcast", "program", "programme", "show", "episode", "documentary", "film", "podcast", "update",
  ]

  /// Nouns for an organisation that a definite article points back to ("the company said").
  static let organisationNouns: Set<String> = [
    "company", "firm", "corporation", "business", "campaign", "department", "agency", "ministry", "government",
    "administration", "council", "committee", "party", "group", "organisation", "organization", "union",
    "association", "commission", "board", "court", "office", "bureau", "authority", "club", "network",
    "newspaper", "magazine", "channel", "station", "broadcaster", "bank", "fund", "foundation", "institute",
    "university", "college", "school", "hospital", "charity", "trust", "regime", "army", "military", "embassy",
    "coalition", "alliance", "federation", "league", "movement", "parliament", "congress", "senate", "assembly",
    "cabinet", "retailer", "manufacturer", "airline", "carrier", "operator", "provider", "supplier", "developer",
    "publisher", "insurer", "lender", "regulator", "watchdog", "team", "outlet", "station", "prosecutors",
  ]

  /// Words that make a capitalised name an organisation's ("Leith Harbour Trust", "Justice
  /// Department", "Quill Foods Inc").
  static let organisationWords: Set<String> = [
    "party", "council", "government", "ministry", "department", "agency", "police", "university", "college",
    "school", "academy", "association", "union", "committee", "campaign", "corporation", "company", "group",
    "news", "times", "post", "journal", "press", "media", "institute", "foundation", "trust", "commission",
    "office", "bureau", "service", "services", "board", "court", "parliament", "congress", "senate", "assembly",
    "network", "organisation", "organization", "administration", "team", "club", "federation", "coalition",
    "alliance", "society", "center", "centre", "bank", "fund", "authority", "cabinet", "tribune", "herald",
    "gazette", "telegraph", "guardian", "mirror", "express", "mail", "observer", "chronicle", "channel", "radio",
    "tv", "television", "magazine", "daily", "weekly", "newspaper", "website", "airlines", "airways", "hospital",
    "clinic", "church", "mosque", "synagogue", "diocese", "army", "navy", "force", "forces", "guard", "command",
    "tribunal", "secretariat", "embassy", "consulate", "programme", "initiative", "movement", "front", "league",
    "conference", "convention", "caucus", "pac", "studios", "labs", "laboratory", "laboratories", "systems",
    "technologies", "holdings", "partners", "capital", "ventures", "industries", "enterprises", "brands", "foods",
    "motors", "energy", "pharmaceuticals", "insurance", "exchange", "museum", "library", "chamber", "directorate",
    "inspectorate", "regiment", "brigade", "battalion", "squad", "project", "institution", "council", "watch",
    "review", "reserve", "treasury", "house", "hall", "department", "inc", "corp", "ltd", "llc", "plc",
  ]
}
