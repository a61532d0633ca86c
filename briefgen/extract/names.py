"""Word lists about names: titles and roles, organisations, states, places, first names.

Lower case unless noted. `lexicon` re-exports them, so the rules say `lx.NAME` for every list.
"""

from __future__ import annotations

HONORIFICS = {
    "mr": "male",
    "mr.": "male",
    "mrs": "female",
    "mrs.": "female",
    "ms": "female",
    "ms.": "female",
    "miss": "female",
    "sir": "male",
    "dame": "female",
    "lord": "male",
    "lady": "female",
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
    "baroness": "female",
}
# British parties by the names the news gives them, to the one actor each is: "the Tories",
# "Tory plans", "the Conservative Party". "Conservatives" is a party only where the article
# is about British parties (`BRITISH_PARTY_ALIASES`): in American news it is a group.
PARTY_ALIASES = {
    **dict.fromkeys(("tory", "tories", "conservative party"), "Conservative Party"),
    **dict.fromkeys(
        ("lib dem", "lib dems", "liberal democrat", "liberal democrats", "liberal democrat party"),
        "Liberal Democrats",
    ),
    **dict.fromkeys(("labour", "labour party"), "Labour"),
    **dict.fromkeys(("ukip", "uk independence party"), "UK Independence Party"),
    **dict.fromkeys(("snp", "scottish national party"), "Scottish National Party"),
    "plaid cymru": "Plaid Cymru",
}
BRITISH_PARTY_ALIASES = {
    "conservatives": "Conservative Party",
    "conservative": "Conservative Party",
}
# Party names that are adjectives before a noun: "Tory plans", "Lib Dem figures".
PARTY_ADJECTIVES = frozenset(("tory", "conservative", "lib dem", "liberal democrat"))
# Peerages: the title is part of the usual name ("Lord Woolf", "Baroness Scotland").
PEER_TITLES = frozenset("lord lady baroness baron viscount earl".split())
# Letters after a name that are a role, not part of it: "Guy Mansfield QC".
POSTNOMINALS = frozenset("QC KC MP MEP MSP AM OBE MBE CBE".split())
# Title abbreviations and words that go before a name and are a role, not part of it.
TITLE_WORDS = frozenset(
    "president vice prime minister secretary chancellor senator sen sen. rep rep. "
    "representative congressman congresswoman governor gov gov. mayor judge justice "
    "ambassador envoy general gen gen. admiral colonel col. lieutenant lt. captain capt. "
    "sergeant sgt. commander chief director chairman chairwoman chair spokesman "
    "spokeswoman spokesperson speaker leader king queen prince princess pope cardinal "
    "archbishop bishop rabbi imam reverend rev. attorney prosecutor sheriff officer "
    "constable detective inspector superintendent commissioner chancellor premier foreign defence "
    "defense interior justice finance health education energy home state deputy "
    "assistant acting former ex- presidential candidate nominee hopeful frontrunner "
    "front-runner host anchor reporter correspondent editor columnist analyst "
    "economist professor coach manager striker midfielder defender goalkeeper captain "
    "striker player boss ceo cfo coo founder executive head adviser advisor aide "
    "strategist pollster lawyer counsel attorney-general first lady emir sheikh "
    "ayatollah dr. dr prof. prof mr. mrs. ms. mr mrs ms press communications "
    "campaign manager senior top deputy national security white house republican "
    "democratic democrat gop conservative liberal labour tory independent party "
    "majority minority whip leader house senate congressional state federal "
    "u.s. us uk u.k. eu un "
    # British members of parliaments and assemblies: "Tory MP Michael Mates".
    "mp mep msp am mla "
    # Positions in a team, capitalised before a name: "Fly-half Charlie Hodgson". Not
    # role nouns: "England's World Cup-winning fly-half said" is the story's player.
    "fly-half scrum-half full-back winger flanker hooker playmaker keeper centre-back".split()
)
# Nouns that name a role on their own: "the president", "a spokesman", "officials".
ROLE_NOUNS = frozenset(
    "president minister secretary chancellor senator representative congressman "
    "congresswoman governor mayor judge justice ambassador envoy general admiral "
    "commander chief director chairman chairwoman chair spokesman spokeswoman "
    "spokesperson speaker leader king queen prince pope attorney prosecutor sheriff "
    "officer detective inspector commissioner premier deputy candidate nominee host "
    "anchor reporter correspondent editor columnist analyst economist professor coach "
    "manager player boss ceo founder executive head adviser advisor aide strategist "
    "pollster lawyer counsel official officials analysts experts critics supporters "
    "opponents observers sources source spokesmen residents voters witnesses "
    "investigators researchers scientists economists lawmakers legislators senators "
    "democrats republicans officers police doctor doctors teacher author writer "
    "researcher scientist witness expert critic supporter opponent observer resident "
    "voter investigator lawmaker legislator diplomat diplomats aides advisers advisors "
    "executives leaders ministers governors mayors judges prosecutors lawyers "
    "commentator commentators activist activists organiser organizer organizers "
    "negotiator negotiators insider insiders campaigner campaigners representative "
    "representatives member members chairperson owner owners partner partners "
    "president-elect governor-elect nominee nominees candidates spokespeople "
    "mp mps mep meps msp msps peer peers".split()
) | frozenset(
    "actor actress singer rapper musician artist writer author poet comedian presenter "
    "broadcaster producer filmmaker novelist designer chef model athlete footballer "
    "businessman businesswoman entrepreneur billionaire investor banker surgeon physician "
    "historian philosopher blogger journalist photographer".split()
)
# What sport and music call people by, before a name: "double Olympic champion Kelly
# Holmes", "Beach Boys veteran Brian Wilson", "Hollywood star Tom Cruise". Roles in lower
# case only: capitalised, they open names ("Star Wars", "Champion Hurdle").
PERFORMER_NOUNS = frozenset(
    "champion champions star stars veteran veterans legend frontman frontwoman guitarist "
    "drummer bassist vocalist songwriter winner runner-up medallist sprinter dj djs".split()
)
ROLE_NOUNS = ROLE_NOUNS | PERFORMER_NOUNS
# Nouns for organisations: "the company", "the ministry", "the campaign".
ORG_NOUNS = frozenset(
    "company firm ministry department government administration agency campaign "
    "committee council commission group bank party office kremlin court board union "
    "association federation league club team network newspaper paper magazine "
    "station channel website site report study survey poll polls statement staff "
    "army military navy police force forces service organisation organization "
    "institute foundation charity regulator watchdog authority authorities parliament "
    "congress senate house cabinet coalition alliance regime junta embassy consulate "
    "university school hospital court tribunal inquiry panel jury prosecution "
    "defence defense team band orchestra choir duo trio squad".split()
)
# Head nouns an institution is called by on second mention: "the Bank", "the Commission".
INSTITUTION_HEADS = frozenset(
    "agency association authority bank board commission committee company corporation "
    "council court department federation foundation fund institute league ministry "
    "office parliament party senate tribunal union".split()
)
# Those of them that, alone, name a different institution in every article. Not
# "Parliament" or "Senate": news writes them alone for its own country's.
GENERIC_HEADS = INSTITUTION_HEADS - {"parliament", "senate"}
# Nouns for documents and utterances: "Trump's post said", "in a statement".
MESSAGE_NOUNS = frozenset(
    "post posts tweet tweets statement statements comments comment remarks remark "
    "letter letters message messages speech speeches interview email emails memo "
    "report release note notes op-ed column article essay book blog video ad "
    "advertisement announcement testimony filing lawsuit complaint response reply "
    "account version claim claims words".split()
)
# Capitalised words in names of organisations.
ORG_WORDS = frozenset(
    "house kremlin ministry department office agency bureau commission committee council watch "
    "party parliament congress senate assembly court bank fund corporation corp corp. "
    "inc inc. ltd ltd. plc llc company co co. group holdings association federation union "
    "league club institute foundation university college school hospital times post "
    "news journal herald tribune telegraph guardian press network broadcasting "
    "television tv radio magazine review gazette daily weekly service services force "
    "forces army navy police command staff administration government cabinet "
    "authority board organisation organization alliance coalition movement campaign nations "
    "church council centre center fc united city commission secretariat pentagon "
    "fbi cia nsa nasa nato un eu who imf opec unicef unesco fifa uefa ioc bbc cnn "
    "abc cbs nbc msnbc fox npr pbs ap afp reuters upi politico axios bloomberg "
    "gop dnc rnc labour tories conservatives democrats republicans microsoft google "
    "apple amazon facebook twitter meta studios studio records pictures films entertainment "
    "media systems technologies airlines airways motors energy pharmaceuticals labs partners "
    "capital holdings industries telecom bancorp insurance executive council police "
    "ministry treasury commons lords parliament mi5 mi6 gchq nhs bbc itv sky "
    # Bodies, firms and teams by their last word: "Federal Reserve", "Jupiter Research".
    "reserve lottery laboratories laboratory research society squad trust academy "
    "institution tribunal inquiry exchange images press agency bureau studios "
    "productions publishing publishers pharma bancorp brothers partners associates "
    "consulting consultants securities investments finance financial oil gas petroleum "
    "mining steel electric railways rail transport communications wireless mobile "
    "telecommunications software electronics foods brewery breweries chamber chambers presse".split()
)
# Groups of people named by a plural: "Democrats", "the Russians".
GROUP_WORDS = frozenset(
    "democrats republicans conservatives liberals progressives tories russians "
    "ukrainians americans israelis palestinians iranians chinese british french "
    "germans europeans members officials voters rebels protesters militants troops "
    "g7 g20 g8 brics dems greens nationalists unionists loyalists socialists communists".split()
)
COUNTRIES = frozenset(
    "afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain "
    "bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon "
    "canada chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt "
    "england estonia ethiopia finland france georgia germany ghana greece guatemala haiti "
    "honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan "
    "jordan kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania luxembourg "
    "malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar nepal "
    "netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru "
    "philippines poland portugal qatar romania russia rwanda scotland senegal serbia "
    "singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan "
    "tajikistan tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan "
    "venezuela vietnam wales yemen zambia zimbabwe us u.s. usa america uk u.k. "
    "maldives laos bhutan brunei fiji botswana namibia angola eritrea djibouti gabon "
    "benin togo chad liberia guinea malawi madagascar mauritius seychelles samoa tonga "
    "belize barbados bahamas grenada guyana suriname andorra monaco liechtenstein "
    "macedonia kyrgyzstan turkmenistan "
    "united-states".split()
)
MULTIWORD_STATES = {
    "united states": "United States",
    "united kingdom": "United Kingdom",
    "united states of america": "United States",
    "south korea": "South Korea",
    "north korea": "North Korea",
    "saudi arabia": "Saudi Arabia",
    "south africa": "South Africa",
    "new zealand": "New Zealand",
    "russian federation": "Russia",
    "czech republic": "Czech Republic",
    "united arab emirates": "United Arab Emirates",
    "ivory coast": "Ivory Coast",
    "sri lanka": "Sri Lanka",
    "costa rica": "Costa Rica",
    "el salvador": "El Salvador",
    "puerto rico": "Puerto Rico",
    "dominican republic": "Dominican Republic",
    "sierra leone": "Sierra Leone",
    "burkina faso": "Burkina Faso",
    "papua new guinea": "Papua New Guinea",
    "trinidad and tobago": "Trinidad and Tobago",
    "bosnia and herzegovina": "Bosnia and Herzegovina",
    "east timor": "East Timor",
    "north macedonia": "North Macedonia",
    "south sudan": "South Sudan",
    "hong kong": "Hong Kong",
}
STATE_ALIASES = {
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
}
# Capitalised words that start sentences or headings but are not names.
NOT_NAMES = frozenset(
    "a an the this that these those there here it its he she they we i you his her their "
    "our my your but and or nor so yet if when while after before since until as because "
    "although though however meanwhile moreover furthermore also still then now today "
    "yesterday tomorrow earlier later last next first second third finally instead "
    "indeed in on at by for from with without into onto about above below under over "
    "through during between among against toward towards per via of to up down out off "
    "what which who whom whose where why how whether all any both each every few many "
    "most much no none some several such other another one two three four five six "
    "seven eight nine ten more less only just even not nothing something everything "
    "anything someone everyone anyone nobody somebody everybody asked told said says "
    "speaking talking writing according following despite amid unlike like given "
    "following well yes oh ok okay "
    "please thanks thank sorry let let's perhaps maybe about around almost already "
    "often sometimes always never again once twice soon ever either neither rather "
    "whatever whoever wherever whenever later earlier recently currently back away "
    "home sunday monday tuesday wednesday thursday friday saturday january february "
    "march april may june july august september october november december spring summer "
    "autumn fall winter christmas easter editor's note update watch read see click "
    "photo video image advertisement related more breaking exclusive opinion analysis "
    "live full top old former ex overall previous initial crucial elsewhere nevertheless "
    "nonetheless likewise otherwise besides hence therefore regardless".split()
)
DAYS_MONTHS = frozenset(
    "sunday monday tuesday wednesday thursday friday saturday january february march "
    "april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec".split()
)
FEMALE_NAMES = frozenset(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
    "betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda "
    "melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley "
    "anna brenda pamela emma nicole helen samantha katherine christine debra rachel "
    "carolyn janet catherine maria heather diane ruth julie olivia joyce virginia "
    "victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah "
    "jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail "
    "alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa "
    "diana natalie brittany charlotte marie kayla alexis lori hillary nikki kellyanne "
    "karoline melania ivanka nancy elizabeth kamala theresa angela ursula christine "
    "marine giorgia liz kemi priti yvette harriet jacinda melanie mélanie sheryl hope "
    "sarah huckabee condoleezza madeleine hope kirstjen janet gina betsy nikki tulsi "
    "kristi elise jeanine dana kayleigh anna jill michelle laura barbara hilary "
    "carly megyn phyllis wendy adelle loretta carrie susana debbie donna huma "
    "marsha kay jeanne katie kate ann anne annie ella ellen eleanor fiona gemma "
    "jane jo joanna julia karin kirsty leah lucy maggie mairead nicola penny "
    "rosie ruth sally sheila sophie tessa yvonne zoe "
    # More of the first names British and American news gives most often.
    "alison amanda anita audrey beth bridget carla caroline cate cathy cherie claire clara "
    "claudia colette dawn deirdre delia denise edith eileen elaine elena elsa esther eva "
    "geraldine gillian glenda gwen hazel heidi helena imogen irene isabel jackie jemma "
    "jenny jessie joanne jodie josephine judi karen kathy keira kerry kirsten kylie "
    "lesley linda lindsay lorraine louise lynn lynne mandy margo marian marion maureen "
    "meg melinda mia miranda molly monica nadia naomi natasha nell nina nora norah olga "
    "paula pauline petra philippa polly rachael rebekah rita roberta rosa rosemary "
    "roxanne sadie sandy sharon shelley sinead sonia stella sue susie suzanne tamsin "
    "tanya tara tina toni tracey tracy una valerie vanessa vera wendy winifred".split()
)
MALE_NAMES = frozenset(
    "james john robert michael william david richard joseph thomas charles christopher "
    "daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian "
    "george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan "
    "stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick "
    "raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter "
    "kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean "
    "austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel "
    "logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby "
    "philip johnny barack bernie ted marco ben chris jeb rand mike mitch newt rick "
    "lindsey bill hugh vladimir volodymyr boris emmanuel olaf keir rishi xi recep "
    "benjamin joe kevin nigel tony gordon steve sergei sergey dmitry dmitri viktor "
    "jens antonio pedro justin narendra shinzo fumio kim moon yoon mohammed muhammad "
    "ali ahmed hassan abdullah bashar ayatollah ali reince sean corey paul jared "
    "rudy rudolph dick al jimmy gerald lyndon franklin abraham woodrow dwight ronald "
    "herbert calvin warren jim tim tom bob rob dan dave sam max tom tony ed ted jon "
    "marty martin dinesh preet eric hugh lammy david marco keir jeremy ed nick "
    "alistair liam owen niall sadiq gavin matt wes pete jd kash elon "
    # More of the first names British and American news gives most often.
    "adrian alec alfie andi andy angus archie barry ben bernard bertie brendan callum "
    "cameron clive colin craig damian damien darren dean declan derek des dominic "
    "duncan eamonn edmund eddie elliot ewan fergus francis fraser freddie geoff geoffrey "
    "glenn graeme graham greg guy hamish harry harvey howard iain ian ivan jake "
    "jamie jeff jez jimmy joel jonny josh julian karl keith kieran lee leon lewis "
    "luke malcolm marcus martyn maurice mervyn miles murray neil neville nigel norman "
    "oliver ollie phil piers quentin ralph ray reg rhodri richie robbie robin rod "
    "rodney ronnie ross rory rupert russ sebastian shane simon stan stanley stewart "
    "stuart theo toby trevor tristan vic vince warwick wayne zac".split()
)
DEMONYMS = frozenset(
    "american russian ukrainian british canadian french german chinese israeli palestinian "
    "iranian iraqi syrian turkish indian pakistani afghan japanese korean mexican brazilian "
    "european african italian spanish polish dutch swedish norwegian danish finnish irish "
    "scottish welsh english australian saudi egyptian libyan nigerian kenyan belarusian "
    "georgian hungarian romanian greek cuban venezuelan colombian argentine chilean "
    "lebanese jordanian qatari emirati yemeni somali sudanese ethiopian "
    "taiwanese vietnamese thai indonesian malaysian filipino "
    "us u.s. uk u.k. eu un nato".split()
)
# Lower-case words that may stand in a role before a name: "former presidential candidate".
ROLE_MODIFIERS = frozenset(
    "former then acting interim incoming outgoing senior top chief deputy assistant "
    "presidential vice foreign defence defense interior finance press campaign party state "
    "federal national political democratic republican conservative liberal longtime "
    "veteran fellow rival independent special prime white house chief executive "
    "managing general communications security intelligence military senior-most "
    # Of champions: "said double Olympic champion Kelly Holmes".
    "double triple reigning defending".split()
)
ABBREVIATED_TITLES = {
    "sen.": "Senator",
    "sens.": "Senators",
    "rep.": "Representative",
    "reps.": "Representatives",
    "gov.": "Governor",
    "gen.": "General",
    "lt.": "Lieutenant",
    "col.": "Colonel",
    "sgt.": "Sergeant",
    "capt.": "Captain",
    "adm.": "Admiral",
    "cmdr.": "Commander",
    "maj.": "Major",
    "prof.": "Professor",
    "rev.": "Reverend",
    "pres.": "President",
    "atty.": "Attorney",
    "amb.": "Ambassador",
    "supt.": "Superintendent",
    "det.": "Detective",
    "insp.": "Inspector",
    "hon.": "Honourable",
    "del.": "Delegate",
    "dr.": "Dr",
}
DOCUMENT_NOUNS = frozenset(
    "lawsuit suit indictment ruling judgment verdict "
    "report reports poll polls survey surveys study studies records data book timeline analysis "
    "figures statistics documents document memo website letter filing filings estimates "
    "research findings audit review index".split()
)
# Words that make a capitalised phrase a place, event or thing rather than an actor.
NOT_ACTOR_WORDS = frozenset(
    "war day street square road avenue river mountain mountains island islands ocean sea lake "
    "act treaty agreement accord deal plan summit conference games cup "
    "award awards prize festival hotel airport station bridge stadium tower "
    "building palace mall centre center city county province region valley coast beach "
    "week month year era age east west north south highway route programme "
    "program project operation trial show series film movie album book "
    # Venues: "the Birmingham Indoor Arena", "Wembley Stadium".
    "arena stadium circuit racecourse velodrome venue".split()
)
# Places: named, but not actors (unless they speak, as "Washington said" does).
PLACES = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida "
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
    "massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio "
    "oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming "
    "london manchester birmingham glasgow edinburgh cardiff belfast liverpool leeds bristol "
    "oxford cambridge dublin paris berlin madrid rome brussels geneva vienna amsterdam "
    "moscow kyiv kiev kursk crimea donbas gaza jerusalem tehran baghdad damascus beirut "
    "cairo riyadh dubai doha ankara istanbul beijing shanghai tokyo seoul delhi mumbai "
    "karachi kabul islamabad sydney melbourne toronto montreal ottawa quebec vancouver "
    "chicago boston houston dallas atlanta miami denver seattle phoenix philadelphia "
    "detroit cleveland baltimore pittsburgh brooklyn manhattan washington hollywood "
    "europe asia africa america americas antarctica arctic caribbean balkans scandinavia "
    "siberia kosovo athens warsaw prague budapest lisbon stockholm oslo helsinki copenhagen "
    "minsk tbilisi baku yerevan kharkiv odesa mariupol bakhmut avdiivka zaporizhzhia kherson "
    "sevastopol pyongyang taipei hanoi bangkok jakarta manila singapore nairobi lagos "
    "johannesburg capetown havana caracas bogota lima santiago brasilia mexico-city "
    "ontario alberta manitoba saskatchewan yukon nunavut newfoundland labrador "
    "calgary edmonton winnipeg halifax saskatoon regina gatineau mississauga brampton "
    # US state abbreviations as news writes them after a town: "Aspen, Colo."
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont "
    "neb nev okla ore pa tenn tex va vt wash wis wyo".split()
)
MULTIWORD_PLACES = frozenset(
    "new york|los angeles|san francisco|las vegas|new orleans|new jersey|new hampshire|new mexico|"
    "north carolina|south carolina|north dakota|south dakota|west virginia|rhode island|"
    "middle east|latin america|north america|south america|east asia|west bank|"
    "northern ireland|hong kong|cape town|buenos aires|rio de janeiro|sao paulo|mexico city|"
    "guantanamo bay|capitol hill|wall street|silicon valley|downing street|white hall|whitehall|"
    "tel aviv|abu dhabi|new delhi|kuala lumpur|st petersburg|salt lake city|des moines|"
    "long island|staten island|the hague|persian gulf|south china sea|black sea|"
    "british columbia|nova scotia|new brunswick|prince edward island|northwest territories|"
    "newfoundland and labrador|quebec city".split("|")
)
# Organisations known by one word: "the Kremlin said", "NATO said".
ORG_NAMES = frozenset(
    "kremlin pentagon congress senate parliament fbi cia nsa nasa nato un eu who imf opec "
    "unicef unesco fifa uefa ioc bbc cnn abc cbs nbc msnbc fox npr pbs ap afp reuters upi "
    "politico axios bloomberg gop dnc rnc labour tories microsoft google apple amazon "
    "facebook twitter meta mi5 mi6 gchq nhs itv interpol europol hamas hezbollah taliban "
    "isis isil al-qaeda nra aclu "
    # British institutions known by one word: "the Treasury said".
    "treasury police ofsted ofcom ofwat ofgem".split()
)
