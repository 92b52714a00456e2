"""Small word lists shared by the extractors.

These are general facts about how press releases name companies and jobs, not lists
taken from any particular release. Keep them short and explain any entry that is not
obvious.
"""
from __future__ import annotations

# Words that end a company's legal name. A legal suffix never makes a new entity:
# "Acme Robotics, Inc." and "Acme Robotics" are the same organization.
LEGAL_SUFFIXES = frozenset(
    """inc inc. incorporated llc l.l.c. llp lp l.p. ltd ltd. limited corp corp. corporation
    co co. plc s.a. sa ag gmbh nv n.v. bv b.v. se ab oy spa s.p.a. srl pty pte pbc
    pllc pc p.c. lpa l.p.a. lllp""".split()
)

# Head words that make a capitalized phrase an organization ("Theory Ventures",
# "Lincoln University", "Federal Energy Regulatory Commission").
ORG_HEADS = frozenset(
    """university college school institute institution academy agency commission committee
    council department ministry office bureau board authority administration association
    federation foundation fund trust society union alliance coalition consortium partnership
    centre center laboratory laboratories labs lab group holdings ventures capital partners
    bank bancorp securities markets advisors advisers consulting consultancy systems technologies
    technology solutions software networks therapeutics pharmaceuticals pharma biosciences
    bio health healthcare energy industries international global worldwide enterprises
    robotics insurance investments management services airlines motors electric
    newswire wire advisory bakery brewery winery restaurant restaurants hotel hotels
    hospital clinic clinics pharmacy farms senate congress parliament court assembly
    outfitters freight logistics shipping apparel realty properties builders construction
    associates
    manufacturing mining telecom foods brands stores
    corporation company inc llc llp ltd limited plc gmbh ag""".split()
)

# Words after a shared prefix that still name the same company, so that "Acme" is a short
# name of "Acme Robotics Group" but "Acme Florida" (a place) or "Acme Home Loans" (a
# distinct business line) is a different organization.
GENERIC_ORG_TAILS = frozenset(
    """ai group holdings ventures capital partners labs systems technologies technology
    solutions software networks assets management asset therapeutics pharmaceuticals
    biosciences bio health robotics industries international global enterprises media
    corporation company inc llc llp ltd limited plc cloud data digital consulting agency
    institute""".split()
)

# Last words of capitalized phrases that name a law, an award, a report or an event, not
# an organization ("Small Business Jobs Act", "Lifetime Achievement Award").
NON_ORG_HEADS = frozenset(
    """act acts bill law award awards prize medal report study survey index program
    programme strategy summit conference week day festival fair expo standard
    framework protocol platform initiative fame cycle track designation designations forum
    webinar workshop series building hall tower stadium arena campus disease syndrome
    disorder
    statements inquiries information date highlights overview disclaimer notice contact
    contacts updates details
    project mine deposit deposits property resource assessment estimate
    showcase party show
    street st avenue ave boulevard blvd road rd drive dr lane highway parkway pkwy suite""".split()
)
# Headings ("Forward-Looking Statements", "Media Inquiries", "Effective Date"), mining
# projects and estimates ("Santa Fe Project", "Indicated Mineral Resource", "Preliminary
# Economic Assessment") and street addresses ("Gateway Centre Blvd") end in these too.

# Acronyms of fields, documents and titles that NER mistakes for organizations.
NON_ORG_ACRONYMS = frozenset(
    """ai ml nlp llm llms genai iot saas paas iaas api apis sdk ui ux ar vr xr it ot hr
    esg kpi kpis roi ipo m&a r&d mou loi nda faq eps ebitda gaap ffo cpa dei b2b b2c smb smbs
    sme smes soc siem edr xdr wms erp crm cad gpu cpu ev evs usb rfid gps pdf csv html xml
    json url faq
    3d nft nfts defi dapp dapps dao daos dex cex btc eth etf etfs usd usdt usdc seo ppc sem
    diy q&a sms ecg ekg mri rss ghg co2 aml kyc hipaa gdpr leed ssd hpc rf aum emea apac
    latam mena gmp phd phds mba ip atm pos capex opex fx noi dcf fcf nim agm egm hnw uhnw og
    ctv ott vod bipoc lgbtq pfas uas uav cbd thc covid hiv rsv k-12 k-8 mmorpg g&a sla
    sql tv cx dx qa b2g d2c dtc ota ipfs""".split()
)

# Postal codes of US states and territories and of Canadian provinces: "Austin, TX".
REGION_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
    NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU
    AB BC MB NB NL NS NT NU ON PE QC SK YT""".split()
)

# Job-title words. Used to strip titles off names ("CEO Jane Doe" -> "Jane Doe"), to
# reject "people" that are titles ("Founder"), and to recognize role phrases.
TITLE_HEADS = frozenset(
    """ceo cfo coo cto cmo cio cso cpo chro ciso cro cco cdo vp svp evp md gm
    president chairman chairwoman chairperson chair founder co-founder cofounder
    director officer executive manager partner head lead leader principal secretary
    treasurer governor senator rep. rep representative congressman congresswoman mayor
    minister chancellor vice-chancellor provost dean professor lecturer researcher scientist
    engineer analyst economist expert advisor adviser counsel attorney spokesperson
    spokesman spokeswoman editor administrator superintendent commissioner chief
    owner trustee member fellow architect strategist evangelist consultant coordinator
    specialist supervisor controller comptroller ambassador admiral colonel
    councillor councilor alderman alderwoman geologist""".split()
)

TITLE_MODIFIERS = frozenset(
    """senior executive deputy associate assistant general managing acting interim
    co vice chief global regional national state group principal lead founding
    incoming outgoing former non-executive independent special technical scientific
    medical financial operating""".split()
)

HONORIFICS = frozenset("dr dr. mr mr. mrs mrs. ms ms. prof prof. sir dame mx mx.".split())

# Lowercase particles that may sit inside a personal name ("Ludwig van Beethoven").
NAME_PARTICLES = frozenset("van von der de da di del della la le bin al el du dos das ter".split())

PRONOUNS_PERSON = frozenset("he she they him her them his hers".split())

MONTHS_AND_DAYS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday""".split()
)

# Last words of the name of a unit inside a company, written as part of a title ("Vice
# President, Investor Relations", "Head of Graph Learning Research").
DEPARTMENT_WORDS = frozenset(
    """relations communications resources affairs operations marketing sales engineering
    finance research development services division department unit security policy
    strategy partnerships programs products technology design legal compliance
    revenue medicine surgery science sciences education talent innovation sustainability
    product growth""".split()
)

# Verb forms a headline puts after its subject ("Acme Completes Merger", "Bitcoin Hits
# $100K", "Mantra Robotic System Approved"): in Title Case the model runs them into the
# name before them. Words that also end names ("Partners", "Holdings") are not here.
HEADLINE_VERB_FORMS = frozenset(
    """announces announced launches launched unveils unveiled introduces introduced expands
    expand completes completed reports reported secures secured raises raised acquires
    acquired appoints appointed names named hires hired joins signs signed wins won
    receives received opens opened celebrates hosts hosted hits claims claimed helps
    recognizes recognized upgrades upgraded approved built builds urges warns says said
    debuts debuted releases released files filed closes closed enters entered selects
    selected honors honored earns earned surpasses achieves achieved marks marked
    reveals revealed offers delivers strengthens accelerates ask asks can""".split()
)

# Calls to action that open a line, not a name: "Join Our Telegram Group", "Pre-Register
# Now", "Download the App".
CALLS_TO_ACTION = frozenset(
    """join pre-register register subscribe download click follow visit buy shop sign
    apply watch listen learn discover get try book claim""".split()
)

# Currencies and chains whose names the model reads as companies: "$1.2 billion in Bitcoin".
CURRENCY_NAMES = frozenset("bitcoin ethereum solana dogecoin litecoin cardano".split())

# Groups of people by ethnicity or generation, which the model tags as bodies ("U.S.
# Hispanics", "Latino", "Millennials"): a name ending in one is a group of people, not an
# organization ("Latino Film Festival" ends in its own head). Words that also end names
# of bodies ("Disabled American Veterans", "Alliance for Retired Americans", "AmeriCorps
# Seniors") are left out.
DEMOGRAPHIC_GROUPS = frozenset("""hispanic hispanics latino latinos latina latinas latinx latine
    millennials boomers zoomers""".split())

