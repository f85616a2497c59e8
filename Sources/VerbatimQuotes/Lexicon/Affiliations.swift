/// Words that say where a speaker belongs rather than who they are: nationalities, regions,
/// faiths and political families. Before a name they are its role ("Jordanian Foreign Minister",
/// "Republican Ana Ruiz"); alone they name no one. The nationalities are the English adjectives of
/// the world's countries (the demonyms of the ISO 3166 list, as dictionaries give them), the
/// political families those found in parties' names the world over, not any one country's parties.
extension Lexicon {
  static let nationalities = Set(
    words(
      """
      afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian \
      azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese bolivian \
      bosnian botswanan brazilian british bruneian bulgarian burkinabe burmese burundian cambodian cameroonian \
      canadian chadian chilean chinese colombian comoran congolese croatian cuban cypriot czech danish djiboutian \
      dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian fijian filipino finnish french \
      gabonese gambian georgian german ghanaian greek grenadian guatemalan guinean guyanese haitian honduran \
      hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian \
      kazakh kenyan korean kosovan kosovar kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian \
      luxembourgish macedonian malagasy malawian malaysian maldivian malian maltese mauritanian mauritian mexican \
      moldovan monegasque mongolian montenegrin moroccan mozambican namibian nauruan nepalese nepali nicaraguan \
      nigerian nigerien norwegian omani pakistani palauan palestinian panamanian paraguayan peruvian polish \
      portuguese qatari romanian russian rwandan salvadoran samoan saudi scottish senegalese serbian seychellois \
      singaporean slovak slovakian slovenian somali spanish sudanese surinamese swazi swedish swiss syrian \
      taiwanese tajik tanzanian thai tibetan togolese tongan trinidadian tunisian turkish turkmen tuvaluan ugandan \
      ukrainian uruguayan uzbek vanuatuan venezuelan vietnamese welsh yemeni zambian zimbabwean \
      african asian european arab arabian latin latino latina hispanic caribbean nordic scandinavian balkan baltic \
      kurdish basque catalan flemish persian pashtun punjabi tamil bengali sikh hindu muslim jewish catholic \
      protestant orthodox buddhist evangelical mormon sunni shia shiite islamic indigenous aboriginal
      """))

  /// Nouns for a people where the plural is not the adjective plus "s" ("Britons", "Swiss").
  static let peopleNouns: Set<String> = [
    "briton", "britons", "scot", "scots", "brit", "brits", "swede", "swedes", "dane", "danes", "finn", "finns",
    "pole", "poles", "turk", "turks", "spaniard", "spaniards", "frenchman", "frenchmen", "dutchman", "englishman",
    "englishmen", "irishman", "welshman", "jew", "jews", "arabs", "kurds", "serb", "serbs", "croat", "croats",
    "filipinos", "latinos", "latinas", "israelis", "iraqis", "saudis", "pakistanis", "somalis", "yemenis",
    "kuwaitis", "qataris", "omanis", "bangladeshis", "nepalis", "afghans", "thais", "muslims", "hindus", "sikhs",
    "catholics", "protestants", "buddhists", "evangelicals", "mormons", "sunnis", "shias", "shiites",
  ]

  /// Political families, as an adjective or a member's noun: "a Republican", "Labour MPs",
  /// "Green councillor". Alone and singular they name no one; "Labour" and "Labor" name a party.
  static let politicalFamilies: Set<String> = [
    "republican", "democrat", "democratic", "conservative", "liberal", "socialist", "communist", "labour",
    "labor", "green", "independent", "progressive", "libertarian", "nationalist", "centrist", "unionist",
    "federalist", "populist", "royalist", "monarchist", "republicans", "democrats", "conservatives", "liberals",
    "socialists", "communists", "greens", "independents", "progressives", "libertarians", "nationalists",
    "centrists", "unionists", "populists", "leftist", "rightist", "leftists", "rightists", "marxist", "maoist",
    "anarchist", "social-democratic", "christian-democratic",
  ]

  /// Political families whose capitalised singular names a party on its own ("Labour said").
  static let partyNouns: Set<String> = ["labour", "labor"]
}
