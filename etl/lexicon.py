"""Word lists the extractor reads: number words, units, currencies, cue words.

Kept as data, apart from the logic that uses them, so a reader can check or extend the
vocabulary without touching the grammar. Nothing here names an article or a figure.
"""

# --- number words -------------------------------------------------------------------------
SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
INDIAN_SCALES = {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# Written after digits: "8.016 billion", "$1.762bn", "25k", "RM3.06mil", "4.3M".
MAGNITUDE_SUFFIXES = {
    "hundred": 100, "thousand": 1e3, "k": 1e3, "grand": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12, "t": 1e12,  # ("W1.2tr": The Korea Herald)
    **INDIAN_SCALES, "cr": 1e7,  # ("Rs 500 cr")
}
# "thousands of", "tens of millions of": an order of magnitude, not a number.
PLURAL_MAGNITUDES = {"tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
                     "billions": 1e9, "trillions": 1e12}
FRACTION_WORDS = {
    "half": (1, 2), "halves": (1, 2), "third": (1, 3), "thirds": (1, 3), "quarter": (1, 4),
    "quarters": (1, 4), "fourth": (1, 4), "fourths": (1, 4), "fifth": (1, 5), "fifths": (1, 5),
    "sixth": (1, 6), "eighth": (1, 8), "tenth": (1, 10), "tenths": (1, 10),
}
# a vague count before a time unit, read as its lower bound ("several months": at least 3)
VAGUE_TIME_COUNTS = {"several": 3, "a few": 2, "a couple of": 2}
# a span named by where it lies ("next year", "the next decade", "the past decade"): one unit.
# Backwards only from a decade up: "last year", "the past year" name a date, not a span.
# word -> (the units it may name, whether "the" must come before it)
DEICTIC_SPANS = {"next": (("year", "decade", "century"), False), "coming": (("year", "decade"), True),
                 "last": (("decade", "century"), True), "past": (("decade", "century"), True)}
MULTIPLIER_WORDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
                    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10,
                    "hundredfold": 100, "thousandfold": 1000,
                    # the verbs of a multiple: "more than doubling the valuation", "sales tripled"
                    "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "quadrupled": 4, "quadrupling": 4,
                    "doubles": 2, "triples": 3, "quadruples": 4}
# ... and their bare forms, a multiple only after a modal or "to": "expects such losses to double by 2027",
# "could triple" (not "a double bill", "double-digit growth", "double the 120 decibels")
MULTIPLIER_BARE_VERBS = {"double": 2, "triple": 3, "quadruple": 4}
# Words before "doubles" that make it a noun: "digital doubles", "stunt doubles" (no multiple).
DOUBLES_NOUN_MODIFIERS = ("digital", "body", "stunt", "virtual", "ai", "tennis", "mixed", "men's", "women's")

# --- time ---------------------------------------------------------------------------------
# Counted periods of their own calendar: "£5.3 billion over three seasons" spreads the amount over them
# (etl.quantities: "over" there is no "more than")
SEASON_NOUNS = frozenset({"season", "seasons"})
# surface (lowercase) -> (schema unit, multiplier into that unit)
TIME_UNITS = {
    "second": ("seconds", 1), "seconds": ("seconds", 1), "sec": ("seconds", 1),
    "secs": ("seconds", 1),
    "minute": ("minutes", 1), "minutes": ("minutes", 1), "min": ("minutes", 1),
    "mins": ("minutes", 1),
    "hour": ("hours", 1), "hours": ("hours", 1), "hr": ("hours", 1), "hrs": ("hours", 1),
    "day": ("days", 1), "days": ("days", 1),
    "week": ("weeks", 1), "weeks": ("weeks", 1), "wk": ("weeks", 1), "wks": ("weeks", 1),
    "month": ("months", 1), "months": ("months", 1),
    "year": ("years", 1), "years": ("years", 1), "yr": ("years", 1), "yrs": ("years", 1),
    "mo": ("months", 1), "mos": ("months", 1),  # ("$10/mo")
    "decade": ("years", 10), "decades": ("years", 10),
    "century": ("years", 100), "centuries": ("years", 100),
}
# words that may stand between a number and its time unit without changing the unit:
# "three consecutive years", "two more years", "four trading days", "ten working days"
TIME_UNIT_MODIFIERS = ("previous", "past", "consecutive", "straight", "successive", "additional", "more",
                       "further", "full", "trading", "business", "working", "calendar",
                       # what the time is spent doing: "65 shooting days", "12 filming days"
                       "shooting", "filming", "production", "recording", "editing", "rehearsal", "school",
                       "shoot", "work", "studio", "man", "crew", "staff", "employee", "volunteer",
                       "dubbed", "streamed", "watched", "viewing", "streaming", "listening", "broadcast", "recorded",
                       # what the time is counted on: "4,000 GPU hours", "300 person days"
                       "gpu", "cpu", "compute", "machine", "person", "labor", "labour")

# --- percent ------------------------------------------------------------------------------
PERCENT_WORDS = {"%": "percent", "percent": "percent", "per cent": "percent", "pc": "percent",
                 "pct": "percent", "percentage points": "percentage point",
                 "percentage point": "percentage point", "basis points": "basis point",
                 "basis point": "basis point", "bps": "basis point", "bp": "basis point",
                 "pp": "percentage point", "ppt": "percentage point", "ppts": "percentage point"}  # ("fell 0.5pp")

# --- currencies ---------------------------------------------------------------------------
# Symbols or codes written before the number. Longest first when matched.
CURRENCY_PREFIXES = {
    "us$": "USD", "u.s.$": "USD", "$us": "USD", "usd": "USD", "$": "USD",
    "hk$": "HKD", "hkd": "HKD", "c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD",
    "au$": "AUD", "$a": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "s$": "SGD",
    "sgd": "SGD", "nt$": "TWD", "r$": "BRL", "mx$": "MXN",
    "cad$": "CAD", "aud$": "AUD", "nzd$": "NZD", "sgd$": "SGD", "hkd$": "HKD",  # ("CAD$5 million")
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "ps": "GBP",
    "¥": "CNY", "rmb": "CNY", "cny": "CNY", "y=": "JPY", "jpy": "JPY", "yen": "JPY",
    "₹": "INR", "rs.": "INR", "rs": "INR", "inr": "INR", "₩": "KRW", "krw": "KRW",
    "rm": "MYR", "myr": "MYR", "chf": "CHF", "₪": "ILS", "nis": "ILS", "ils": "ILS",
    "₽": "RUB", "rub": "RUB", "r": "ZAR", "zar": "ZAR", "₺": "TRY", "₱": "PHP",
    "฿": "THB", "₫": "VND", "₦": "NGN", "rp": "IDR", "tl": "TRY", "mxn$": "MXN",
    "dh": "AED", "sr": "SAR",  # as the Gulf's papers write them: "Dh1 million", "SR300 million"
    "ksh": "KES", "kes": "KES",  # the Kenyan shilling, as Nairobi's papers write it: "KSh 1,500"
}
# Letters that are a currency only glued to an amount with its scale (etl.units): "N7.2 billion"
# is naira and "W1.2tr" won, but "N95" and "W40" are names of things.
SCALED_CURRENCY_LETTERS = {"n": "NGN", "w": "KRW"}
# ... and the ISO codes not listed above, written before an amount with its scale ("SAR 3.75 billion",
# "AED 500 million"; not "PHP 8.2", a version)
# Codes that may also follow the number ("110 JPY", "50 million USD").
CURRENCY_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "HKD", "CAD", "AUD", "NZD", "SGD",
                  "INR", "KRW", "CHF", "MYR", "ILS", "RUB", "BRL", "MXN", "ZAR", "TWD", "SEK",
                  "NOK", "DKK", "TRY", "THB", "IDR", "PHP", "VND", "AED", "SAR", "NGN", "PLN", "ARS", "CLP", "COP",
                  "KES"}
# The currency prefixes and codes written as words ("Rs", "RMB", "USD"), lower case: money, never a
# name nor the noun of a phrase (etl.names, etl.not_quantities, etl.measure).
CURRENCY_NAME_WORDS = frozenset({k.lower().rstrip(".") for k in CURRENCY_PREFIXES if k.rstrip(".").isalpha()}
                                | {c.lower() for c in CURRENCY_CODES})
# Words written after the number. Multi-word names are listed before their last word.
CURRENCY_WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "us dollar": "USD", "american dollars": "USD",
    "hong kong dollars": "HKD", "australian dollars": "AUD", "canadian dollars": "CAD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "dollars": "USD", "dollar": "USD", "bucks": "USD",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "chinese yuan": "CNY",
    "euros": "EUR", "euro": "EUR", "yen": "JPY", "japanese yen": "JPY",
    "pounds sterling": "GBP", "sterling": "GBP", "won": "KRW", "rupees": "INR", "rupee": "INR",
    "ringgit": "MYR", "shekels": "ILS", "shekel": "ILS", "roubles": "RUB", "rubles": "RUB",
    "danish crowns": "DKK", "danish kroner": "DKK", "swedish crowns": "SEK",
    "swedish kronor": "SEK", "kronor": "SEK", "norwegian kroner": "NOK", "swiss francs": "CHF",
    "mexican pesos": "MXN", "argentine pesos": "ARS", "argentinian pesos": "ARS", "chilean pesos": "CLP",
    "colombian pesos": "COP", "philippine pesos": "PHP",
    "francs": "CHF", "pesos": "MXN", "reais": "BRL", "baht": "THB", "rupiah": "IDR",
    "rand": "ZAR", "dirhams": "AED", "riyals": "SAR", "lira": "TRY", "naira": "NGN", "dong": "VND",
    "kenyan shillings": "KES",
    "zlotys": "PLN", "zloty": "PLN", "złoty": "PLN", "złotys": "PLN", "zlotych": "PLN", "złotych": "PLN",
}
# The peso a bare "pesos" is, by the nearest country named before it ("In Argentina, … 900,000 pesos a
# month"); with none named, the Mexican peso (CURRENCY_WORDS) (etl.quantities).
PESO_BY_PLACE = {"argentina": "ARS", "argentine": "ARS", "argentinian": "ARS", "buenos aires": "ARS",
                 "chile": "CLP", "chilean": "CLP", "santiago": "CLP", "colombia": "COP", "colombian": "COP",
                 "bogota": "COP", "bogotá": "COP", "philippines": "PHP", "philippine": "PHP", "filipino": "PHP",
                 "manila": "PHP", "mexico": "MXN", "mexican": "MXN"}
MINOR_CURRENCY = {"cents": "cent", "cent": "cent", "pence": "pence", "p": "pence", "sen": "sen"}

# --- physical and other units (kept by their own lowercase singular name) -----------------
# Surfaces are matched case-sensitively when listed in CASE_SENSITIVE_UNITS, else lowercase.
PHYSICAL_UNITS = {
    "km": "kilometre", "kilometre": "kilometre", "kilometres": "kilometre",
    "kilometer": "kilometre", "kilometers": "kilometre", "m": "metre", "metre": "metre",
    "metres": "metre", "meter": "metre", "meters": "metre", "cm": "centimetre",
    "centimetres": "centimetre", "centimeters": "centimetre", "mm": "millimetre",
    "millimetres": "millimetre", "millimeters": "millimetre", "mile": "mile", "miles": "mile",
    "ft": "foot", "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch", "″": "inch",
    "μm": "micrometre", "µm": "micrometre", "micrometre": "micrometre", "micrometres": "micrometre",
    "micron": "micrometre", "microns": "micrometre",
    "in.": "inch", "yard": "yard", "yards": "yard", "kg": "kilogram", "kilogram": "kilogram",
    "kilograms": "kilogram", "kilos": "kilogram", "g": "gram", "gram": "gram",
    "grams": "gram", "mg": "milligram", "milligrams": "milligram", "lb": "pound-mass",
    "lbs": "pound-mass", "ton": "ton", "tons": "ton", "tonne": "metric ton",
    "tonnes": "metric ton", "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    "gigatonnes": "gigaton", "gigatons": "gigaton", "megatonnes": "megaton",
    "l": "litre", "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
    "ml": "millilitre", "millilitres": "millilitre", "milliliters": "millilitre",
    "gallon": "gallon", "gallons": "gallon", "barrel": "barrel", "barrels": "barrel",
    "pint": "pint", "pints": "pint", "pounds": "pound-mass", "pound": "pound-mass",
    "nanometre": "nanometre", "nanometres": "nanometre", "nanometer": "nanometre",
    "nanometers": "nanometre", "cylinder": "cylinder", "cylinders": "cylinder", "quart": "quart",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare",
    "sq m": "square metre", "square metres": "square metre", "square meters": "square metre",
    "sq ft": "square feet", "square feet": "square feet", "square foot": "square feet",
    "square-foot": "square feet", "square-feet": "square feet", "square-metre": "square metre",
    "square-meter": "square metre",
    "square miles": "square mile", "square kilometres": "square kilometre",
    "square kilometers": "square kilometre", "cubic feet": "cubic foot",
    "ps": "horsepower", "km/hr": "kilometre per hour", "millimeter": "millimetre",
    "millimetre": "millimetre", "centimeter": "centimetre", "centimetre": "centimetre",
    "mph": "mile per hour", "m.p.h.": "mile per hour", "miles per hour": "mile per hour",
    "km/h": "kilometre per hour", "kph": "kilometre per hour",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "metres per second": "metre per second", "meters per second": "metre per second",
    "knots": "knot", "mpg": "mile per gallon", "miles per gallon": "mile per gallon",
    "w": "watt", "watts": "watt", "kw": "kilowatt", "kilowatts": "kilowatt",
    "mw": "megawatt", "megawatt": "megawatt", "megawatts": "megawatt", "gw": "gigawatt",
    "gigawatt": "gigawatt", "gigawatts": "gigawatt", "kwh": "kilowatt hour",
    "mwh": "megawatt hour", "gwh": "gigawatt hour", "twh": "terawatt hour",
    "kilowatt-hours": "kilowatt hour", "kilowatt-hour": "kilowatt hour", "kilowatt hours": "kilowatt hour",
    "megawatt-hours": "megawatt hour", "megawatt hours": "megawatt hour", "gigawatt-hours": "gigawatt hour",
    "gigawatt hours": "gigawatt hour", "terawatt-hours": "terawatt hour", "terawatt hours": "terawatt hour",
    "watt-hours": "watt hour", "watt-hour": "watt hour", "watt hours": "watt hour", "wh": "watt hour",
    "joules": "joule", "joule": "joule", "kilojoules": "kilojoule", "megajoules": "megajoule", "gigajoules": "gigajoule",
    "mah": "milliampere-hour", "volts": "volt", "v": "volt",
    "hp": "horsepower", "bhp": "brake horsepower", "horsepower": "horsepower",
    "horses": "horse", "nm": "newton metre", "lb-ft": "foot pound-force",
    "pound-feet": "pound-foot", "rpm": "revolutions per minute",
    "gb": "gigabyte", "mb": "megabyte", "tb": "terabyte", "kb": "kilobyte",
    "gigabytes": "gigabyte", "megabytes": "megabyte", "terabytes": "terabyte", "petabytes": "petabyte",
    "petabyte": "petabyte", "pb": "petabyte",
    "gbps": "gigabit per second", "mbps": "megabit per second",
    "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz",
    "degrees celsius": "celsius", "degrees fahrenheit": "fahrenheit", "°c": "celsius",
    "°f": "fahrenheit", "celsius": "celsius", "fahrenheit": "fahrenheit",
    "degrees": "degree", "degree": "degree", "°": "degree",
    "gpa": "gigapascal", "gigapascals": "gigapascal", "psi": "pound per square inch",
    "ksi": "kilopound per square inch", "ppm": "part per million",
    "parts per million": "part per million", "ppb": "parts-per-billion",
    "parts per billion": "parts-per-billion", "decibels": "decibel", "db": "decibel",
    "calories": "calorie", "kcal": "calorie", "points": "point", "point": "point",
    "pts": "point", "ppg": "point per game", "rpg": "rebound per game",
    "apg": "assist per game", "k": "thousand",
}
# Units that are only units when written right after digits ("5km", "37m"), never as a
# free word after a number word.
GLUED_ONLY_UNITS = {"m", "g", "l", "w", "v", "k", "db", "nm", "in.", "°"}
CASE_SENSITIVE_UNITS = {"W", "V", "GW", "MW", "Nm", "C", "F", "PS"}

# Rates written after a quantity: "$3,500 a month", "199 yuan a copy", "per share".
ANNUAL_WORDS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                "daily": "day", "hourly": "hour"}

# --- cue words ----------------------------------------------------------------------------
# Words that may stand between a verb and the amount it governs ("spent a record $680 million",
# "brings in up to $10,000", "rise from about $9 billion"), zero or more, as a pattern the rules
# and readers below put before "$": one list, however each reads the words around a figure.
AMOUNT_HEDGES = (r"(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|another|perhaps|maybe|more\s+than|"
                 r"at\s+least|up\s+to|as\s+much\s+as|an\s+estimated|a\s+record|a\s+total\s+of|a\s+further|between|"
                 r"an\s+(?:extra|additional)|a\s+combined|"
                 r"closer?\s+to)\s+)*")
# Verbs that change an amount by another ("cut costs by a third", "shorten schedules by 40
# percent") (etl.measure reads their object, etl.not_quantities keeps "by a third" a share).
CHANGE_VERBS = (r"cut|cuts|cutting|reduc(?:e|es|ed|ing)|shorten(?:s|ed|ing)?|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|"
                r"hik(?:e|es|ed|ing)|"
                r"increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|lift(?:s|ed|ing)?|"
                r"extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|speed\s+up|"
                r"widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|shrink(?:s|ing)?|shrank|shrunk|grow(?:s|ing)?|grew")
# Qualifiers are matched on the words right before the figure, longest first.
QUALIFIERS = [
    ("a maximum of", "at_most"), ("a minimum of", "at_least"), ("no more than", "at_most"),
    ("not more than", "at_most"), ("no less than", "at_least"), ("not less than", "at_least"),
    ("more than", "more_than"), ("greater than", "more_than"), ("larger than", "more_than"),
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("upward of", "more_than"),
    ("well over", "more_than"), ("just over", "more_than"), ("north of", "more_than"),
    ("over than", "more_than"), ("over", "more_than"), ("above", "more_than"),
    ("exceeding", "more_than"), ("beyond", "more_than"), ("exceeded", "more_than"),
    ("surpassed", "more_than"), ("topped", "more_than"), ("tops", "more_than"), ("exceeds", "more_than"),
    ("surpasses", "more_than"), ("exceed", "more_than"), ("surpass", "more_than"),
    ("at least", "at_least"), ("minimum", "at_least"), ("a minimum", "at_least"),
    ("as many as", "at_most"), ("as much as", "at_most"), ("as high as", "at_most"), ("as long as", "at_most"),
    ("as large as", "at_most"),
    ("as little as", "at_least"), ("as few as", "at_least"), ("as low as", "at_least"),  # a floor: "as little as $5"
    ("up to", "at_most"), ("at most", "at_most"), ("maximum of", "at_most"),
    ("a maximum", "at_most"), ("within", "at_most"), ("no later than", "at_most"),
    ("less than", "less_than"), ("fewer than", "less_than"), ("lower than", "less_than"),
    ("just under", "less_than"), ("just below", "less_than"), ("shy of", "less_than"),
    ("short of", "less_than"), ("under", "less_than"), ("below", "less_than"),
    ("nearly", "approx"), ("almost", "approx"), ("about", "approx"), ("around", "approx"),
    ("roughly", "approx"), ("approximately", "approx"), ("approx.", "approx"),
    ("some", "approx"), ("an estimated", "approx"), ("estimated", "approx"),
    ("close to", "approx"), ("circa", "approx"), ("ca.", "approx"), ("~", "approx"),
    ("perhaps", "approx"), ("maybe", "approx"), ("possibly", "approx"),  # "a budget of perhaps $200,000"
    # A mean is a figure stated exactly, not an estimate: "overvalued by an average of 50 per cent"
    ("an average of", "exact"), ("on average", "exact"), ("averaging", "exact"),
    ("something like", "approx"), ("in the region of", "approx"), ("on the order of", "approx"),
    ("of the order of", "approx"),
    ("just about", "approx"), ("more or less", "approx"), ("or so", "approx"),
    ("sub", "less_than"), ("exactly", "exact"), ("precisely", "exact"), ("just", "exact"), ("only", "exact"),
]
DIRECTION_UP = {
    "rose", "rise", "rises", "rising", "risen", "up", "increase", "increased", "increases",
    "increasing", "grew", "grow", "grows", "growing", "grown", "gained", "gain", "gains",
    "gaining", "jumped", "jump", "jumps", "jumping", "climbed", "climb", "climbs", "climbing",
    "surged", "surge", "surges", "surging", "soared", "soar", "soars", "soaring", "advanced",
    "advance", "advances", "advancing", "added", "adding", "higher", "boosted", "boost",
    "lifted", "rallied", "rebounded", "hiked", "hike", "expanded", "spiked",
    "skyrocketed", "doubled", "edged", "widened", "upward", "upwards",
}
DIRECTION_DOWN = {
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping",
    "down", "declined", "decline", "declines", "declining", "decreased", "decrease",
    "decreases", "decreasing", "slid", "slide", "slides", "sliding", "lost", "lose", "loses",
    "losing", "plunged", "plunge", "plunges", "plunging", "tumbled", "tumble", "tumbles",
    "sank", "sink", "sinks", "cut", "cuts", "cutting", "slumped", "slump", "slumps", "shed",
    "sheds", "shedding", "eased", "ease", "eases", "dipped", "dip", "dips", "lower",
    "slipped", "slip", "slips", "retreated", "plummeted", "plummet", "shrank", "shrink",
    "shrunk", "contracted", "reduced", "reduce", "reduces", "reducing", "slashed", "slash",
    "tanked", "sagged", "weakened", "narrowed", "off", "plummeting", "plummets", "tumbling",
    "sinking", "sunk", "slumping", "dipping", "slipping", "retreating", "downward", "downwards",
}
# "add up to $5 million": a total, neither a rise nor a ceiling.
ADD_VERBS = {"add", "adds", "added", "adding"}
# Verbs whose "up" is a particle, not a rise: "women make up 40% of staff", "gave up 517 yards".
UP_PARTICLE_VERBS = ADD_VERBS | {
    "make", "makes", "made", "making", "give", "gives", "gave", "given", "giving", "set", "sets",
    "setting", "sign", "signs", "signed", "signing", "show", "shows", "showed", "showing", "took",
    "take", "takes", "taken", "taking", "use", "used", "uses", "using",
    "snapped", "picked", "bought", "wound", "tied",  # ("Anchor investors snapped up 30% of the shares")
}
# A person's own earnings, right before the amount: 'when she earned $38 a week' (etl.measure: the measure; the
# claim-type rules: pay, whatever film the sentence names)
PERSON_EARNED = (r"\b(?-i:I|[Hh]e|[Ss]he)\s+(?:\w+\s+)?(?:earned|earns|earn|made|makes|make|was\s+paid|is\s+paid|"
                 rf"took\s+home|takes\s+home)\s+{AMOUNT_HEDGES}$")
# What happens in a year named before it, the year a horizon: "during the 2026 midterm cycle" (etl.classify)
YEAR_EVENT_NOUNS = frozenset({"cycle", "season", "campaign", "election", "elections", "midterm", "midterms", "race",
                              "olympics", "world cup", "tournament", "games"})
# Statistics named alone, their noun left out: "Across the EU, the average was about €7.50" (etl.extract)
BARE_STATISTICS = frozenset({"average", "median", "mean", "total"})
# Verbs whose "down" is a particle, no fall: "it had shut down 1,400 piracy services", "took down 300 videos".
DOWN_PARTICLE_VERBS = {"shut", "shuts", "shutting", "take", "takes", "took", "taken", "taking", "tear", "tears", "tore",
                       "torn", "turn", "turns", "turned", "wind", "winds", "wound", "break", "breaks", "broke", "broken"}
# Verbs whose "up to" is a rise to a level, no ceiling: "Game Pass went up to $29.99 a month" (etl.quantities).
RISE_TO_VERBS = {"go", "goes", "going", "went", "gone", "move", "moves", "moved", "jump", "jumps", "jumped",
                 "shoot", "shoots", "shot", "creep", "creeps", "crept", "tick", "ticks", "ticked", "edge", "edges",
                 "edged", "inch", "inches", "inched", "climb", "climbs", "climbed", "bump", "bumped", "push", "pushed"}
# Nouns after a figure that say which way it moved: "a 3 percent drop".
DIRECTION_NOUNS_UP = {"increase", "rise", "gain", "jump", "growth", "surge", "rebound",
                      "hike", "boost", "rally", "improvement", "higher", "premium"}
DIRECTION_NOUNS_DOWN = {"drop", "decline", "decrease", "fall", "cut", "loss", "slump",
                        "plunge", "reduction", "lower", "discount", "dip", "slide"}

# Verbs of movement (not also nouns of it): after a counted plural noun they are its verb,
# not part of it ("300 firms slashed", "12 animators rose").
MOVEMENT_VERBS = frozenset((DIRECTION_UP | DIRECTION_DOWN) - DIRECTION_NOUNS_UP - DIRECTION_NOUNS_DOWN)
# the particles among them, no verbs of their own: "up 20%", "down", "off"
MOVEMENT_PARTICLES = frozenset({"up", "down", "off", "upward", "upwards", "downward", "downwards"})

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

# Number idioms: set phrases whose numbers are figures of speech, not figures.
IDIOMS = [
    r"(?:kill\w*\s+)?two\s+birds\s+with\s+one\s+stone", r"with\s+one\s+stone",
    r"one\s+stone\s+(?:stirs|raises|makes|creates)\s+(?:up\s+)?a\s+thousand\s+waves",
    r"a\s+thousand\s+(?:waves|words|ways|times\s+over|miles\s+away)",
    r"worth\s+a\s+thousand\s+words", r"one\s+in\s+a\s+(?:million|billion|thousand|hundred)",
    r"a\s+million\s+(?:miles\s+away|times\s+(?:over|better)|things\s+at\s+once)",
    r"(?:a|one)\s+hundred\s+(?:and\s+ten\s+)?per\s*cent\s+(?:sure|certain|committed)",
    r"at\s+sixes\s+and\s+sevens", r"on\s+cloud\s+nine", r"catch[- ]22", r"nine\s+to\s+five",
    r"a\s+dime\s+a\s+dozen", r"in\s+two\s+minds", r"second\s+to\s+none", r"(?:my|our|his|her)\s+two\s+cents",
    r"twenty[- ]four\s+seven", r"24/7", r"50/50", r"fifty[- ]fifty", r"one\s+by\s+one",
    r"one\s+(?:another|way\s+or\s+another)", r"one\s+or\s+(?:the\s+)?other",
    r"(?:a|one)\s+(?:split|fraction\s+of\s+a)\s+second", r"at\s+one\s+point",
    r"number\s+one", r"no\s+one", r"one\s+of\s+(?:these|those)\s+days",
    r"the\s+other\s+day", r"one\s+day", r"some\s+day", r"first\s+and\s+foremost",
    r"one\s+step\s+(?:closer|further|ahead|at\s+a\s+time)",  # ("a couple of" is a vague count: VAGUE_TIME_COUNTS)
    r"(?:a|one)\s+hundred\s+years?\s+old",
    r"9/11",  # the attacks of 2001, no nine elevenths
    # a market's measure of a move, no span of time: "their biggest one-day gain since August"
    r"(?:one|single)-(?:day|session)\s+(?:gain|rise|jump|drop|fall|decline|loss|move|rally|slump|sell-?off|"
    r"percentage\s+(?:gain|drop|fall|rise|decline)|record|high|low)s?",
]

# A headline's section label before a colon, which credits nobody: "Q&A: Why this VFX veteran thinks
# AI will create jobs", "Exclusive: …" (etl.attribute).
SECTION_LABELS = frozenset({"q&a", "exclusive", "analysis", "opinion", "explainer", "factbox", "interview", "review",
                            "breaking", "update", "watch", "live", "comment", "editorial", "podcast", "video", "photos",
                            "press release", "feature", "insight", "column", "letters", "profile", "preview",
                            "recap", "timeline", "graphic", "poll", "quiz", "newsletter", "briefing"})

# Words that, capitalised before a bare number, make it part of a name ("Model 3",
# "Game 2") are every capitalised word except these, which start sentences or phrases.
# A title-case headline's verbs, capitalised like the names around them: "Kinemo Secures $20 Million
# to Expand AI Dubbing" (not those that are nouns as often, "Job Cuts", "Plans", "Reports", nor words
# of places and titles, "Falls", "Lands", "Rises").
TITLE_CASE_VERBS = {
    "raises", "secures", "announces", "launches", "unveils", "nabs", "bags", "expands", "acquires", "buys",
    "warns", "hires", "reveals", "slashes", "doubles", "triples", "surges", "grows", "inks", "debuts", "sees",
    "valued",  # ("Runway Valued at $3 Billion in Funding Round")
    # a level reached: "JioHotstar Crosses 300 Million Subscribers", "Visual Effects House Files for Bankruptcy"
    "crosses", "passes", "tops", "hits", "surpasses", "nears", "files", "posts", "cuts",
    # a move: "China Summer Box Office Falls 20%"
    "falls", "rises", "jumps", "drops", "slumps", "soars", "climbs", "plunges", "dips", "slips", "sinks", "slides",
    # a report or a result: "ReelShort's Owner Says Revenue Tripled", "Shutterstock Earned $104 Million"
    "says", "earned", "earns",
    # what a court or a deal gives: "Animator Wins €85,000 After Studio Replaced Her With AI"
    "wins", "loses", "gets", "receives", "pays", "owes", "wraps",
    # takings brought in: "Film Festival Brought $48 Million to City", "Sequel Brings In $90 Million"
    "brought", "brings", "generated", "generates", "drew", "draws", "pulled", "pulls",
    # a deal made or a thing done: "League Signs $2.5 Billion Highlights Deal", "Studio Completes 100-Minute Feature",
    # "'Starfall' Leads Global Box Office With $182 Million Opening"
    "signs", "completes", "leads", "begins", "opens", "sells", "spends", "invests", "adds", "takes",
    # a plan weighed: "Paramount Weighs Cutting Another 1,000 Jobs as AI Reshapes Marketing"
    "weighs", "considers", "plans", "eyes", "mulls", "cutting", "eliminating", "shedding",
}
# Common nouns a press release or a filing capitalises as its own defined terms: alone they are no name ("the
# Company's global workforce", "the Plan"), inside a name they are part of it ("WPP Group") (etl.names).
DEFINED_TERMS = {"company", "group", "board", "plan", "agreement", "offering", "merger", "transaction", "notes",
                 "registrant", "issuer", "subsidiary", "subsidiaries", "partnership", "fund", "trust"}
NOT_NAME_WORDS = {
    "yet", "although", "though", "whereas", "unless", "because", "while",  # conjunctions opening a sentence
    "in", "on", "at", "by", "for", "from", "to", "of", "with", "about", "around", "nearly",
    "almost", "over", "under", "some", "just", "only", "and", "or", "but", "the",
    "a", "an", "all", "since", "until", "after", "before", "between", "during", "up", "down",
    "more", "less", "than", "fewer", "least", "most", "roughly", "approximately",
    "another", "those", "these", "its", "their", "his", "her", "our", "my",
    "your", "each", "every", "top", "total", "page", "chapter", "so", "as", "if", "when",
    "without", "within",
    "like", "per", "plus", "minus", "also", "then", "now", "still", "already", "even",
    "both", "either", "neither", "nor", "not", "no", "yes", "here", "there", "where",
    "who", "whom", "which", "what", "why", "how", "that", "this", "it", "they", "we",
    "he", "she", "i", "you", "them", "us", "him", "me", "age", "aged", "ages", "last", "next", "first", "past", "other", "many", "several", "few",
    "approx", "est", "ca", "circa", "exactly", "estimated", "average", "paid", "cost",
    "costs", "sold", "bought", "raised", "gained", "lost", "rose", "fell", "dropped",
    "reached", "hit", "said", "says", "told", "added", "employs", "has", "had", "have",
    "is", "was", "were", "are", "be", "been", "will", "would", "could", "should", "may",
    "might", "can", "must", "do", "does", "did", "got", "get", "gets", "made", "make",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "shares", "stocks", "according", "various",
    "facing", "regarding", "despite", "unlike", "following", "given", "compared",
} | TITLE_CASE_VERBS
# The last words of bodies that report on a sector rather than on themselves: "The UK Cinema Association said admissions
# fell 3%" are the sector's admissions, not the association's (etl.owners)
SECTOR_BODY_WORDS = {"association", "institute", "observatory", "commission", "council", "federation", "authority",
                     "bureau", "office", "regulator", "ministry", "department", "forum", "coalition", "club"}
# Bodies no "the company" or "the firm" stands for: a guild, a union, a sector's association (etl.attribute)
BODIES_NOT_BUSINESSES = SECTOR_BODY_WORDS | {"guild", "union", "society", "academy", "foundation", "committee", "centre",
                                             "center"}
# Bodies that vote, their tally after their name: "passed the Senate 59-3" is two counts, no model "Senate 59"
# (etl.not_quantities)
VOTING_BODIES = {"senate", "assembly", "house", "council", "committee", "board", "chamber", "parliament", "jury"}

# Verbs that introduce who a figure comes from: "X said", "according to X".
# Participles that report for the subject of the clause before them: "Analysts at Jefferies were
# skeptical, saying …" (etl.attribute, etl.measure, etl.classify).
REPORTING_PARTICIPLES = ("saying", "adding", "noting", "warning", "arguing", "estimating", "predicting")
ATTRIBUTION_VERBS = {
    "said", "says", "say", "told", "tells", "believes", "believed", "believe", "predicts",
    "predicted", "predict", "estimates", "estimated", "estimate", "expects", "expected", "expect",
    "anticipate", "anticipates",
    "stated", "states", "noted", "notes", "pointed", "argued", "argues", "claimed", "claims",
    "reported", "reports", "released", "published", "publishes", "found", "finds", "warned",
    "warns", "added", "explained", "revealed", "reveals", "announced", "announces",
    "mentioned", "mentions", "thinks", "think", "forecasts", "forecast", "projects", "project",
    "projected", "wrote", "writes", "concluded", "calculated",
    "calculates", "counted", "tallied", "surveyed", "polled", "observed", "suggested", "suggests", "admitted",
    "insists", "insisted", "confirmed", "confirms", "disclosed", "speculates", "speculated",
    "testified", "testifies", "cautioned", "cautions", "stressed", "stresses", "acknowledged", "acknowledges",
    "assumes", "assume",  # ("The analysis assumes studios will spend about $4 billion"; not "assumed control")
    "hopes", "hoped",  # ("The ministry hopes AI will help the industry double overseas revenue"): what its holder expects
    # what a body demands or urges is its statement: "Members of the union demanded that producers raise the minimum
    # wage to ₹5,000 a day"
    "demanded", "demands", "urged", "urges",
    *REPORTING_PARTICIPLES,
}
# Speech verbs that are also nouns: after "the Argentine …" they are one ("the Argentine show")
# (etl.attribute).
NOUN_LIKE_SPEECH_VERBS = frozenset({"show", "shows", "report", "reports", "estimate", "estimates", "forecast",
                                    "forecasts", "projects", "project", "notes", "note", "claims", "finds", "states", "put",
                                    "puts", "cites", "counts", "demands"})
# What is forecast or estimated, right before the word: "lifts profit forecast", "a revenue estimate"
# (a noun there, no verb of prediction or speech).
FORECAST_COMPOUND_HEADS = ("profit", "profits", "earnings", "sales", "revenue", "income", "dividend", "full-year",
                           "annual", "quarterly", "box office", "box-office", "weather")
# Hedges that open a figure's definition: "2,000¶Roughly the number of jobs in animation lost …" (etl.segment joins
# the lines, etl.measure reads the definition past them)
DEFINITION_HEDGES = ("Roughly", "About", "Around", "Nearly", "Almost", "Approximately", "Some", "Just")
# Capitalised particles that open a surname: "Van der Velden said", "De Niro told" (etl.names).
SURNAME_PARTICLES = frozenset({"Van", "Von", "De", "Di", "Da", "Du", "Le", "La", "Del", "Della"})
# ... and the particles inside a name, in lower case: "Sanne de Vries", "Ursula von der Leyen" (etl.names)
SURNAME_PARTICLE_WORDS = frozenset({"de", "du", "des", "del", "della", "di", "da", "dos", "das", "von", "van", "der", "den",
                                    "la", "le"})
# Participles that follow a counted noun and end it: "300 jobs cut", "one in three such jobs gone"
# (etl.quantities).
PARTICIPLES_AFTER_NOUN = frozenset({"gone", "done", "lost", "cut", "left", "shed", "axed",
                                    "jobless", "idle", "unemployed"})  # ("leaves 3,000 VFX artists jobless")
# Words before a counted noun that are no part of it: "3,000 more animators" (how many more),
# "1,240 such trailers" ("such" pointing back) (etl.quantities).
# word -> kept in the noun ("3,000 more animators"; "10 other states": the states)
COUNT_MODIFIERS = {"more": True, "fewer": True, "additional": True, "extra": True, "such": False, "other": False}
# Sources too vague to name: their figures take the source named just before.
VAGUE_SOURCES = {
    "some", "many", "someone", "somebody", "people", "experts", "analysts", "observers",
    "insiders", "organizations", "organisations", "institutions", "sources", "reports",
    "respondents", "it", "he", "she", "they", "we", "i", "you", "this", "that", "those",
    "these", "others", "everyone", "everybody", "netizens", "critics", "users",
    "industry", "film", "percent", "%", "most", "few", "several", "who", "which",
    "studies", "research", "data", "figures", "statistics", "survey", "study", "report",
    "audit", "audits", "analysis", "review", "poll", "census",  # ("Audit finds state film tax credit returned 27 cents")
}
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his",
            "their", "its"}
# Nouns that make an attribution acceptable without a proper name ("a university team").
# Words of a title written before a person's name: "Chief Executive Bob Iger", "Vice President Jane Doe"
TITLE_WORDS = {"chief", "senior", "vice", "deputy", "managing", "general", "executive", "operating", "financial",
               "creative", "content", "technology", "officer", "co-founder", "cofounder", "chair", "head",
               # offices held: "Governor Gavin Newsom", "Senator Maria Cantwell"
               "governor", "gov.", "mayor", "senator", "sen.", "representative", "rep.", "minister", "secretary",
               "chancellor", "commissioner", "judge", "president", "premier", "prime",
               # a business's owner: "Owner Sandra Pike said"
               "owner", "co-owner", "proprietor"}
# Words that describe a name before it, never part of it: "Rival Sony said", "Former Pixar head" (etl.names).
NAME_DESCRIPTORS = {"rival", "rivals", "competitor", "fellow", "former", "peer", "embattled", "struggling",
                    "beleaguered", "cash-strapped", "startup", "start-up",
                    # a business by what it does, opening its sentence: "Broadcaster SBS said"
                    "broadcaster", "streamer", "exhibitor", "distributor", "publisher", "retailer", "chipmaker",
                    "lender", "insurer", "regulator"}  # (not "Studio Ghibli", "Parent Project": names)
ROLE_NOUNS = {
    "team", "blogger", "company", "firm", "investor", "analyst", "analysts", "researcher",
    "researchers", "professor", "director", "founder", "ceo", "executive", "spokesperson",
    "spokesman", "spokeswoman", "agency", "ministry", "government", "bank", "institute",
    "university", "association", "committee", "council", "bureau", "administration",
    "department", "commission", "union", "group", "economist", "economists", "producer",
    "critic", "official", "officials", "report", "survey", "study", "poll", "consultancy",
    "regulator", "court", "manager", "chairman", "president", "minister", "scientist",
    "scientists", "engineer", "photographer", "cinematographer", "actor", "screenwriter",
    "editor", "reporter", "author", "creator", "studio", "platform", "exchange",
}
# A government's offices, which speak for it when described by their field: "the culture ministry said",
# "Germany's culture ministry", "the statistics bureau", "the county film office" (a source, though unnamed: there is one
# of each; etl.attribute)
GOVERNMENT_BODIES = ("ministry", "department", "bureau", "administration", "office", "commission", "authority")
# Words of a speaker's role after their name in a transcript's turn: "James Barge, CFO: Adjusted OIBDA was …"
# (etl.segment).
TURN_ROLE_WORDS = ROLE_NOUNS | TITLE_WORDS | {"cfo", "cto", "coo", "cmo", "host", "anchor", "moderator",
                                              "correspondent", "partner", "principal", "chair", "chairwoman"}
# Measure nouns that are adjectives before another noun: "a 25% premium" measures, "a premium streaming
# service" is a kind of service (etl.measure).
MEASURE_ADJECTIVES = {"premium", "discount", "average", "median", "net", "gross", "sales"}  # ("One sales agent said")
# ... that are adjectives before a document's noun: "official figures showed" are statistics, no official
ROLE_ADJECTIVES = {"official"}

# --- corroboration (etl.corroborate) -------------------------------------------------------
# Words too common in any news sentence to say two sentences report the same thing.
STOPWORDS = {
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "by", "for", "from", "to",
    "with", "about", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "will", "would", "could", "should", "may", "might", "can", "must", "do", "does",
    "did", "that", "this", "these", "those", "it", "its", "they", "their", "them", "he",
    "she", "his", "her", "we", "our", "you", "your", "i", "my", "there", "here", "which",
    "who", "whom", "what", "when", "where", "why", "how", "than", "then", "also", "more",
    "most", "less", "least", "some", "many", "much", "such", "other", "into", "over",
    "under", "up", "down", "out", "not", "no", "so", "if", "all", "any", "each", "only",
    "just", "very", "said", "says", "say", "including", "especially", "nearly", "around", "almost", "percent", "per", "cent", "year", "years", "according", "one",
    "while", "after", "before", "since", "because", "even", "still", "yet", "both",
}
# Words news copy uses interchangeably for the same thing, folded to one term.
TERM_SYNONYMS = {
    "position": "job", "post": "job", "role": "job", "employment": "job", "workforce": "job",
    "respondent": "survey", "surveyed": "survey", "poll": "survey", "polled": "survey",
    "film": "movie", "picture": "movie", "firm": "company", "business": "company",
    "estimate": "forecast", "expected": "forecast", "predict": "forecast",
}

# --- qualitative impacts (etl.impacts) ------------------------------------------------------
# Sectors and occupations an impact statement can be about: key -> (label, phrases). Phrases
# are lower case and matched as whole words; a plural "s" is allowed after each. Keep the
# keys stable: they are stored in the database and used in dashboard URLs.
IMPACT_SECTORS = {
    "animation": ("Animation", ["animation", "animator", "animation industry", "cartoon", "anime"]),
    "vfx": ("VFX / special effects", ["special effect", "visual effect", "vfx", "cgi", "cg",
                                      "effects company", "effects companies", "effects artist"]),
    "equipment_leasing": ("Equipment and leasing", [
        "equipment manufacturer", "leasing company", "leasing companies", "equipment rental",
        "rental house", "camera maker", "lighting equipment", "film equipment"]),
    "photography": ("Photography / cinematography", [
        "photographer", "photography", "cinematographer", "cinematography", "camera operator"]),
    "screenwriting": ("Screenwriting", ["screenwriter", "scriptwriter", "script writer",
                                        "screenwriting", "scriptwriting"]),
    "acting": ("Acting", ["actor", "actress", "actresses", "performer", "voice actor", "extras"]),
    "directing": ("Directing", ["director", "filmmaking director"]),
    "short_video": ("Short video", ["short video", "short-video", "short drama", "short play",
                                    "short-form video", "tiktok"]),
    "advertising": ("Advertising and marketing", [
        "advertising", "advertisement", "advert", "commercials", "marketing", "publicity",
        "promotion video", "promotional video", "ad agency", "ad agencies"]),
    "post_production": ("Post-production", [
        "post-production", "postproduction", "post production", "film editing", "video editing",
        "video editor", "film editor", "dubbing", "sound effect", "sound effects artist", "colorist"]),
    "concept_design": ("Concept design and storyboards", [
        "concept design", "concept art", "concept artist", "storyboard", "storyboarding",
        "stage design", "sketcher", "video preview", "previsualization", "previs"]),
    "games": ("Games", ["game industry", "games industry", "game development", "game developer",
                        "gaming", "video game", "game company", "game companies", "game studio"]),
    "education": ("Education and training", ["education", "film school", "teaching",
                                             "student", "classroom", "educator"]),
    "software": ("Video software and tools", ["software company", "software companies",
                                              "video production software", "editing software"]),
    "translation": ("Translation and localisation", ["translator", "translation", "localization",
                                                     "localisation", "subtitler"]),
    "film_tv": ("Film and TV industry (whole)", [
        "film and television industry", "film and television industries", "film industry",
        "movie industry", "tv industry", "television industry", "entertainment industry",
        "hollywood", "film and television", "film production", "movie production",
        "filmmaker", "film and television people", "film and television practitioner",
        "film and television production", "movies and tv series", "movies and tv", "studios",
        "film crew", "film and tv"]),
    "labour": ("Jobs in general", ["job", "jobs", "human jobs", "workers", "workforce",
                                   "labor force", "labour force", "employment",
                                   "job skills", "positions", "livelihoods"]),
}
# Words that say what a development does to a sector. Matched as whole words, longest first.
IMPACT_CUES = {
    "harm": [
        "affected", "affect", "affects", "affecting", "impacted", "impact", "impacts", "hit",
        "hurt", "hurts", "harm", "harms", "harmed", "threaten", "threatens", "threatened",
        "threat", "threats", "replace", "replaced", "replaces", "replacing", "replacement",
        "take away", "takes away", "take over", "lose their jobs", "lose jobs", "lose its jobs", "lose work",
        "job losses", "job loss", "layoffs", "laid off", "eliminate", "eliminated",
        "eliminating", "elimination", "disrupt", "disrupts", "disrupted", "disruption", "disruptive",
        "devastating", "devastate", "crush", "crushing", "smash", "bombard", "bear the brunt",
        "adversely", "no longer be needed", "no longer needed", "no longer require",
        "obsolete", "disappear", "wipe out", "wiped out", "cut", "cuts", "robbed of",
        "subvert", "destroyed", "destroy", "reduced the need", "reduce the need", "challenge",
        "challenges", "pressure", "unemployment", "risk", "risks", "squeeze", "undermine",
        "shrink", "shrinks", "shrinking",
    ],
    "benefit": [
        "benefit", "benefits", "beneficial", "opportunity", "opportunities", "boost", "boosts",
        "help", "helps", "helpful", "assist", "assistant", "empower", "empowers", "improve",
        "improves", "improvement", "optimize", "optimise", "new possibilities", "bright side",
        "create more", "created more", "new job opportunities", "advantage", "good assistant",
        "auxiliary tool", "save time", "save a lot of time", "greatly improve", "enhance",
        "enable", "enables", "unleash",
    ],
    "none": [
        "little impact", "no impact", "little effect", "no effect", "unaffected",
        "remain unchanged", "not be a big deal", "limited impact",
    ],
}
# Before a benefit cue (a few words back): the benefit is taken away, a harm ("AI would reduce
# their job opportunities", "fewer opportunities").
IMPACT_REVERSERS = {"reduce", "reduces", "reduced", "reducing", "fewer", "less", "limit", "limits", "limited",
                    "limiting", "diminish", "diminishes", "diminished", "lose", "loses", "lost", "losing"}
# Before a harm or benefit cue (a few words back): the statement denies the impact.
IMPACT_NEGATORS = {"not", "no", "never", "cannot", "can't", "won't", "little", "hardly",
                   "barely", "unlikely", "nothing", "without", "far", "neither", "nor"}
# Anywhere in the clause: the impact is dismissed ("the idea ... is unfounded").
IMPACT_DISMISSALS = ["unfounded", "too early to say", "too early", "difficult to", "hard to",
                     "unable to", "not able to", "far from", "exaggerated", "overblown",
                     "unrealistic"]
IMPACT_HEDGES = {"may", "might", "could", "possibly", "perhaps", "probably", "likely",
                 "should", "potentially"}
IMPACT_STRONG = {"devastating", "huge", "major", "significant", "significantly", "disruptive",
                 "dramatic", "dramatically", "profound", "massive", "greatly", "severe",
                 "severely", "crushing", "enormous", "drastic", "tremendous", "greater", "big"}
IMPACT_WEAK = {"slightly", "somewhat", "partially", "partly", "marginally", "minor", "modest",
               "certain extent", "some extent", "limited"}

# Earnings before some costs, by their acronyms: measures, never names ("Segment EBITA fell 8%" is no share
# price; "adjusted OIBDA of $330 million"), and neither takings nor costs.
OPERATING_EARNINGS_ACRONYMS = ("ebitda", "ebita", "ebit", "oibda")
OPERATING_EARNINGS = "|".join(OPERATING_EARNINGS_ACRONYMS)

# --- names and sources (etl.names, etl.attribute) -------------------------------------------
# Acronyms so common in this field's copy that they name nobody: never a source or a topic.
GENERIC_ACRONYMS = {
    "ai", "tv", "us", "u.s", "uk", "u.k", "eu", "ceo", "cfo", "cto", "coo", "ceos", "cfos", "ipo", "ipos", "hd", "uhd",
    "vfx", "cgi", "cg", "ar", "vr", "xr", "3d", "2d", "gen", "ip", "pc", "app", "apps", "api",
    "q1", "q2", "q3", "q4", "h1", "h2", "fy", "yoy", "gdp", "usd", "rmb", "cny", "gpu", "gpus", "cagr", "eps",
    *OPERATING_EARNINGS_ACRONYMS, "arpu", "arppu", "gmv", "mau", "dau", "kpi",  # (measures: "the studios segment's adjusted EBITDA fell 9%")
    "html", "url", "urls", "pdf", "css", "http", "https", "seo", "cpu", "cpus", "ram", "ssd", "ui", "ux", "sdk",  # formats, parts
    "llm", "llms", "aigc", "agi", "ok", "faq", "pr", "hr", "rd", "r&d", "diy", "ugc", "pgc",
    "atl", "btl", "m&e", "ai-generated", "ai-powered", "ai-driven", "ai-based", "b2b", "b2c", "saas", "tl;dr", "tl", "dr", "am", "pm", "st", "nd",
    "et", "pt", "ct", "mt", "gmt", "utc", "bst", "cet", "est", "pst", "edt", "pdt", "jst", "kst", "ist", "hkt",  # time zones
}
# Last words of organisation names: a capitalised run ending in one is a name.
ORGANISATION_WORDS = {
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "gmbh", "ag", "sa", "group",
    "guild", "association", "alliance", "union", "council", "club", "collective", "coalition", "forum", "institute", "foundation",
    "university", "college", "capital", "partners", "ventures", "economics", "research",
    "analytics", "intelligence", "insights", "consulting", "studios", "studio", "pictures",
    "entertainment", "media", "networks", "bank", "securities", "sachs", "morgan", "bureau",
    "agency", "administration", "league", "ministry", "commission", "committee", "federation",
    "society", "academy", "organization", "organisation", "conference", "labs", "technologies",
    "technology", "tech", "electronics", "telecom", "motors", "arts",
    "platform", "service", "services", "times", "news", "post", "journal", "daily",
    # what a company or a public body calls itself: "Toei Animation", "European Audiovisual
    # Observatory", "Global Screen" are no persons
    "animation", "films", "games", "software", "systems", "holdings", "industries", "interactive",
    "productions", "broadcasting", "communications", "enterprises", "screen", "observatory", "office",
    "authority", "institution", "board", "department", "center", "centre", "exchange", "fund", "funds", "trust", "channel",
    "network", "records", "music", "television", "radio", "press", "review", "magazine",
    "cinemas", "cinema", "theatres", "theaters", "cineplex", "multiplex", "bros", "brothers",
    # a firm's market after its name: "Saregama India", "Sony Pictures International"
    "india", "china", "japan", "korea", "america", "americas", "europe", "asia", "international",
    "global", "worldwide",
    # a tech firm's unit or trade: "Alibaba Cloud", "Stability AI" (an acronym), "Tomorrow Pictures"
    "cloud", "digital", "computing", "robotics", "semiconductor", "mobile", "online",
    # a financial firm's trade: "Fitch Ratings", "Fidelity Management", "Evercore Financial"
    "ratings", "financial", "investments", "management", "advisors", "advisers", "associates", "company", "solutions",
    # a property firm's: "Hudson Pacific Properties"
    "properties", "realty", "estates", "reit",
}
# the price an offering of shares is set at, up to its amount: "priced its initial public offering at" (etl.measure too)
PRICED_OFFERING = (r"\bpric(?:ed|es|ing)\s+(?:its|the|an?|their)\s+(?:[\w-]+\s+){0,3}?"
                   r"(?:IPO|initial\s+public\s+offering|share\s+(?:sale|offering)|offering|listing|shares)\s+at\s+")
# the verbs that make a part of a whole, up to the part: "accounted for", "made up" (etl.extract, etl.not_quantities)
PART_OF_WHOLE_VERBS = r"(?:making|make|makes|made)\s+up|(?:accounting|account|accounts|accounted)\s+for"
# where takings are taken at the box office: "earning ₦1.9 billion at cinemas" (etl.measure too)
AT_CINEMAS = r"\s+(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:cinemas|theat(?:er|re)s|box[\s-]office)\b"
# Places a media story names as markets: "India's JioHotstar" is in India, not owned by it.
PLACES = {
    "india", "china", "japan", "korea", "south korea", "america", "americas", "europe", "asia", "africa",
    # regions a survey spans: "executives across North America, Europe and Asia-Pacific"
    "north america", "south america", "latin america", "asia-pacific", "asia pacific", "middle east", "southeast asia",
    "oceania", "emea", "apac",
    "britain", "uk", "u.k", "us", "u.s", "usa", "france", "germany", "canada", "australia", "italy", "spain",
    "brazil", "mexico", "nigeria", "indonesia", "saudi arabia", "hong kong", "taiwan", "singapore",
    "hollywood", "bollywood", "nollywood", "the world", "world", "country", "nation", "california", "london",
    "beijing", "shanghai", "tokyo", "seoul", "mumbai", "new york", "los angeles",
    "ireland", "england", "scotland", "wales", "new zealand", "south africa", "netherlands", "sweden", "norway",
    "denmark", "poland", "turkey", "israel", "egypt", "thailand", "vietnam", "philippines", "malaysia",
    "argentina", "colombia", "chile", "russia", "ukraine", "switzerland", "belgium", "austria", "portugal",
    # states, provinces and cities where films and games are made
    "ontario", "quebec", "british columbia", "alberta", "new south wales", "queensland", "bavaria", "georgia",
    "texas", "new mexico", "louisiana", "florida", "illinois", "toronto", "vancouver", "montreal", "sydney",
    "melbourne", "paris", "berlin", "madrid", "rome", "dubai", "lagos", "chicago", "atlanta", "san francisco",
    "delhi", "new delhi", "chennai", "hyderabad", "bengaluru", "shenzhen", "hangzhou", "osaka", "busan",
    # the other US states ("A North Carolina man pleaded guilty": where he lives, nobody's owner)
    "alabama", "alaska", "arizona", "arkansas", "colorado", "connecticut", "delaware", "hawaii", "idaho",
    "indiana", "iowa", "kansas", "kentucky", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "north carolina",
    "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming", "washington state",
}
# Places that never file a story: the world at large and the film industries named after a place
# ("Hollywood — and its unions — …" is what the paragraph is about, not where it was filed).
GENERIC_PLACES = {"the world", "world", "country", "nation"}
NOT_DATELINE_PLACES = GENERIC_PLACES | {"hollywood", "bollywood", "nollywood"}
# Nouns for a document that carries figures: "a survey by X", "the X report", "the study found".
# (No "index": a stock index is what moves, "the index rose", not who reports.)
SOURCE_NOUNS = {
    "survey", "surveys", "study", "studies", "report", "reports", "poll", "polls", "analysis",
    "research", "estimate", "estimates", "forecast", "forecasts", "data", "figures",
    "statistics", "summary", "census", "tracker", "review", "benchmark", "filing",
    "results", "findings", "projections", "guidance", "modelling", "modeling", "documents", "filings", "website",
    "note",  # (an analysts' note to clients: "The note raised its price target")
    "evidence",  # (what a committee heard: "cited evidence from Bectu that 56% of its members …")
}
# Speakers who are somebody new, not the source named before: "industry insiders predict".
UNNAMED_SPEAKERS = {"insiders", "experts", "analysts", "observers", "critics", "netizens", "users",
                    "people", "everyone", "everybody", "others", "many", "commentators", "fans",
                    "viewers", "investors", "executives", "officials",
                    "studios", "producers", "companies", "firms", "broadcasters",
                    "groups", "bodies", "associations", "unions",
                    "representatives", "campaigners", "lawmakers",  # ("Representatives of the games industry said")
                    "prosecutors", "police", "authorities", "regulators",  # ("Prosecutors said he had told …")
                    "industry", "sector",  # ("…, the music industry estimates": a trade as a whole, nobody named)
                    "trackers",  # ("Some studios say", "Industry groups estimate", "Industry trackers estimate")
                    "organisers", "organizers", "promoters",  # ("Organisers said 31 pieces had been removed")
                    "sources", "researchers"}  # ("Industry sources say agencies could earn 10% to 20%")
# ... of them, those who speak for no body a modifier could name: "trade analysts said", "industry experts
# expect" are unnamed still ("State officials", "studio executives" speak for a body)
UNAFFILIATED_SPEAKERS = frozenset({"insiders", "experts", "analysts", "observers", "critics", "commentators", "sources"})
# Words that describe data or a document when they open a sentence before it ("New data show",
# "Official figures suggest"): no name, though capitalised and speaking (etl.names).
DATA_ADJECTIVES = {"new", "recent", "latest", "early", "preliminary", "official", "internal", "industry",
                   "government", "federal", "fresh", "separate", "further", "final", "annual", "quarterly",
                   "monthly", "weekly", "global", "national", "public", "provisional", "updated", "our", "their"}
# Names ending so are firms, not documents: "Grand View Research", "Ampere Analysis" (etl.attribute).
FIRM_NAME_ENDINGS = {"Research", "Analysis", "Analytics", "Insights", "Intelligence"}
# Words that open a contrasting clause with its own subject, after a comma: "…, while Electronic Arts
# said", "…, even as footfalls fell 6%" (clauses, measures, sources and forecasts all read them).
CONTRAST_OPENERS = ("while", "whereas", "even as", "even though")
CONTRAST_OPENERS_ALT = "|".join(w.replace(" ", r"\s+") for w in CONTRAST_OPENERS)
# Words before a person's name that say it is one: "Mr. Feng", "Dr. Lindqvist".
HONORIFICS = ("mr", "mrs", "ms", "dr", "prof")
# Words that open a speaker phrase naming nobody in particular: "…, a report shows", "…, some analysts say".
INDEFINITE_OPENERS = ("a", "an", "some", "one", "new", "recent")
# Who work for a body and speak for it with its possessive: "The committee's staff estimated", "the union's economists"
# (beside ROLE_NOUNS and TITLE_WORDS, which hold the officials, economists, spokespeople and founders; the analysts
# and researchers are here too, as SOURCE_ANAPHORS holds them for "the analysts said")
BODY_STAFF_NOUNS = frozenset({"staff", "lawyers", "treasurer", "chairwoman", "analysts", "researchers"})
# Descriptions of a business: "the company said" is most often the sentence's own subject ("In
# Seoul, CJ ENM plans …, the company said"); other descriptions ("the union", "the guild") stand
# for the one the article described so.
BUSINESS_DESCRIPTIONS = {
    "company", "firm", "group", "startup", "start-up", "publisher", "developer", "streamer", "broadcaster", "network",
    "distributor", "maker", "giant", "chain", "retailer", "operator", "exhibitor", "service", "platform",
    "studio", "airline", "carrier", "lender", "insurer", "bank", "broker", "brokerage", "corporation", "marketplace",
    "heavyweight", "bellwether",  # a big listed company by its weight in the market ("Market heavyweight Samsung")
}
# ... those of a business of money, whose analysts give their views of other companies ("Analysts at
# Trigon had expected …"): "the bank said" may be theirs, "the studio expects" is not
FINANCIAL_BUSINESSES = frozenset({"bank", "broker", "brokerage", "lender", "insurer"})
# Who speak for the firm they work at about the market or another company ("analysts at Trigon")
MARKET_ANALYSTS = frozenset({"analyst", "analysts"})
# Nouns a product's name goes before ("The Aurora app", "the Kling video model"): "The" there is the noun
# phrase's article, no word of the name (etl.names)
PRODUCT_NOUNS = frozenset({
    "app", "apps", "model", "models", "platform", "service", "tool", "tools", "software", "suite", "engine",
    "generator", "chatbot", "assistant", "feature", "brand",
    # a version or plan of one ("the Pro tier", "the Max plan")
    "tier", "tiers", "plan", "plans", "edition", "version", "package", "bundle",
})
# What a place or a name may describe when it is introduced without a name of its own: a business, or
# another body ("A Bristol animation studio", "one London agency", "a Paris court"): an owner of nothing
# ... or a person, by where they live ("A North Carolina man pleaded guilty"): the place owns nothing
UNNAMED_PERSON_NOUNS = {"man", "woman", "men", "women", "resident", "residents", "teenager", "couple", "student",
                        "mother", "father"}
UNNAMED_BODY_NOUNS = BUSINESS_DESCRIPTIONS | {
    "agency", "court", "house", "school", "university", "college", "cinema", "theatre", "theater", "outlet",
    "newspaper", "channel", "label", "hospital", "newsroom", "lab", "laboratory",
}
# What somebody put out in their own words: "according to the statement", "the post said" stand for its
# author named before; "A post shared 40,000 times claims …" introduces one whose author has no name.
OWN_WORDS_NOUNS = frozenset({"statement", "post", "letter", "memo", "announcement"})
# Nouns that stand for a source named before: "The bank noted…", "The report said…" (every
# description of a business among them).
SOURCE_ANAPHORS = BUSINESS_DESCRIPTIONS | {
    "report", "survey", "study", "poll", "analysis", "research", "data", "findings", "results", "paper", "note",
    "agency", "institute", "analyst", "analysts", "union",
    "guild", "association", "organization", "organisation", "researchers", "authors", "team",
    "federation", "alliance", "coalition", "council", "consultancy", "tracker",
    "body", "regulator", "watchdog",  # "the industry body said": an association or a public body
    "school", "university", "college", "festival",  # "…, the school said": the school named before
    "league",  # ("…, the league said": the NBA, the Premier League)
    "committee",  # ("…, the committee said": the Assembly Appropriations Committee named before)
    "tank", "charity", "nonprofit", "foundation",  # ("…, the think tank said": the institute that published the report)
} | OWN_WORDS_NOUNS
# Verbs that name an event, not a statement: their subject is the source of a figure only
# when what follows is a statement ("announced that…") or a document ("released a survey").
EVENT_VERBS = {"announced", "announces", "released", "published", "publishes", "shared",
               "shares", "unveiled", "launched", "debuted", "introduced", "revealed", "reveals"}
# Verbs that report what a source states, found or expects: "X said", "X estimates"; an event
# verb too, when a statement or a document follows it.
# A view held, as the adjective a sentence gives its holder: "Analysts at Citi were more cautious." names who
# holds the view the next sentence states ("They put the saving at 8% to 12%") (etl.attribute)
STANCE_ADJECTIVES = frozenset({"cautious", "optimistic", "pessimistic", "bullish", "bearish", "sceptical", "skeptical",
                               "upbeat", "gloomy", "conservative", "aggressive"})
SPEECH_VERBS = ATTRIBUTION_VERBS | EVENT_VERBS | {
    "shows", "show", "showed", "shown", "considers", "considered", "indicates", "indicated",
    "sees", "see", "projected", "reckons", "reckoned", "reckon", "argue", "note", "observes", "wrote", "put",
    "puts", "cited", "cites", "highlighted", "highlights", "stressed", "emphasized",
    "surveyed", "polled",  # who surveyed people is the source of their answers
    "lists", "listed", "tallied", "tallies", "counted", "counts",  # a count's keeper: "the tracker lists about 3,900 layoffs"
}

# --- what a figure measures (etl.measure) -------------------------------------------------
# Verbs that move a sum from one hand to another (or ask for one), with the participle that names it:
# "Fraudsters stole $25 million" -> "amount stolen by fraudsters" (etl.measure), where the subject is
# who acted, not what the sum is. (Not "received" or "collected", which may be takings: "The film
# collected $14.2 million".)
MONEY_MOVED_VERBS = {
    "transferred": "transferred", "wired": "wired", "sent": "sent", "stole": "stolen", "embezzled": "embezzled",
    "siphoned": "siphoned", "laundered": "laundered", "donated": "donated", "gave": "given", "lent": "lent",
    "loaned": "loaned", "borrowed": "borrowed", "awarded": "awarded", "granted": "granted", "refunded": "refunded", "withdrew": "withdrawn",
    "deposited": "deposited", "swindled": "swindled", "extorted": "extorted", "returned": "returned",
    "contribute": "contributed", "contributes": "contributed", "contributed": "contributed",
    "sought": "sought", "demanded": "demanded",  # ("The animators had sought $40 million"; not "seeks … in an IPO")
    "commit": "committed", "commits": "committed", "committed": "committed",  # ("Advertisers will commit $17.6 billion")
    "pledge": "pledged", "pledges": "pledged", "pledged": "pledged",
}
# What a unit measures of the thing it is said of, as an adjective before its noun: "a 2-gigawatt
# compute cluster" -> "compute cluster capacity" (etl.measure); the first part the unit's name holds.
UNIT_DIMENSIONS = (("watt hour", "energy use"), ("watt", "capacity"), ("square", "area"), ("acre", "area"),
                   ("hectare", "area"), ("byte", "size"), ("metre", "length"), ("feet", "length"),
                   ("mile", "length"), ("ton", "weight"), ("year of age", "age"))
# People counted by the work they do, as a pattern: what they earn together is their earnings ("Creators on
# the platform earned $427.9 million"), a share of them by what they do no takings (etl.measure, the rules).
WORKING_PEOPLE = (r"creators|artists|developers|musicians|writers|actors|performers|workers|freelancers|members|"
                  r"streamers|influencers|editors|animators|employees|staff|earners?|illustrators|designers|translators|"
                  r"subtitlers|composers|photographers|journalists|technicians|engineers|narrators|voice\s+actors|"
                  r"dubbers|directors|producers|crews?|extras|contributors|videographers|screenwriters|scriptwriters|showrunners|"
                  r"commentators|casters|presenters|hosts|anchors|singers|dancers")
# ... one of them: "The artist … earned about €3,100 a month" (the plurals' alternatives without their "s")
WORKING_PERSON = "|".join(alt[:-1] for alt in WORKING_PEOPLE.split("|") if alt.isalpha() and alt.endswith("s"))
# People counted with no trade named: a team or a workforce of them is measured as the team ("Disney's
# workforce of roughly 233,000 people"; "a team of 600 artists" measures the artists) (etl.measure).
HEADCOUNT_NOUNS = frozenset({"people", "persons", "employees", "workers"})
# Verbs of expecting whose subject reckons what follows ("Magna expects …", "X sees Q3 revenue of …"): the
# speaker's frame, or another's estimate inside a report (etl.owners, etl.attribute).
FORECAST_FRAME_VERBS = frozenset({"expects", "expect", "expected", "predicts", "predict", "predicted", "forecasts",
                                  "forecast", "projects", "project", "sees"})
# Verbs that revise a forecast, and the nouns of the forecast they revise: "raised its full-year operating
# profit forecast by 8% to 27 billion yen" is a forecast (etl.classify); "Magna cut its U.S. national TV ad
# revenue forecast" is a forecaster's of a market, not its own (etl.owners)
REVISING_VERBS = frozenset({"raised", "raises", "raising", "cut", "cuts", "cutting", "lowered", "lowers", "lifted", "lifts",
                            "trimmed", "trims", "revised", "revises", "upgraded", "upgrades", "downgraded", "downgrades",
                            "boosted", "boosts", "kept", "keeps", "maintained", "maintains"})
FORECAST_NOUNS = ("forecast", "estimate", "outlook", "guidance", "target", "projection")
# Nouns of a body of people counted as one: the level a move of theirs reaches, "to about 5,400
# people", measures them, not the people (etl.measure).
COLLECTIVE_PEOPLE_NOUNS = {"membership", "headcount", "workforce", "staff", "staffing", "employment", "crew", "team",
                           "payroll", "ranks", "roster", "enrolment", "enrollment"}
# People at large, nobody's: those a survey asks by these nouns belong to no company that commissioned it
# ("A survey Deezer commissioned from Ipsos of 9,000 people"; but "a survey by the WGGB of 1,100 members": its members)
PEOPLE_AT_LARGE = {"people", "adults", "persons", "individuals", "respondents", "consumers", "citizens", "residents",
                   "voters", "households", "internet users", "teenagers", "children", "parents"}
# Bullets that open a list's lines (etl.extract, etl.measure, etl.names, etl.owners, etl.attribute), as a
# character class's contents.
BULLET_CHARS = "•*·◇–—-"
# Participles of making, and the verb each is of: "was shot in 32 days" -> "time to shoot film" (etl.measure).
PARTICIPLE_BASES = {"shot": "shoot", "made": "make", "built": "build", "written": "write", "filmed": "film",
                    "produced": "produce", "completed": "complete", "finished": "finish", "edited": "edit",
                    "animated": "animate", "rendered": "render", "dubbed": "dub", "developed": "develop",
                    "delivered": "deliver"}
# Verbs of aim and of mind: the verb after them says what is done ("aims to go public within two years",
# "expects the company to break even within 18 months") (etl.measure).
AIM_VERBS = {"aims", "aim", "aimed", "plans", "plan", "planned", "expects", "expect", "expected", "wants", "want", "hopes",
             "hope", "needs", "need", "able", "allowing", "allow", "allows", "seeks", "seek", "intends", "intend",
             "promises", "promised", "pledged", "vowed", "set", "going"}
# Verbs after which a bare verb says what is done: "letting a team of 14 finish an episode in six weeks" (etl.measure).
LETTING_VERBS = {"let", "lets", "letting", "help", "helps", "helped", "helping"}
MIND_VERBS = {"fears", "fear", "feared", "says", "say", "said", "thinks", "think", "believes", "believe", "worries", "worry",
              "worried", "feels", "feel"}
# ... of which what follows is a worry, whose span is the horizon of the worry, no time to do anything
FEAR_VERBS = {"fears", "fear", "feared", "worries", "worry", "worried", "concerned", "afraid"}
# ... or a belief, the same: "believe AI will take some of their work within five years"
BELIEF_VERBS = {"believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt", "reckon", "reckons"}
# Words in -ing that are adjectives opening a noun phrase, no gerund with an act of its own ("Operating margin",
# etl.measure), nor a participle's clause after a comma ("For the nine months ended September 30, operating
# income was …", etl.phrases).
ING_ADJECTIVES = frozenset({"operating", "recurring", "leading", "existing", "growing", "rising", "falling", "remaining",
                            "outstanding", "ongoing", "upcoming", "working", "founding", "managing", "governing",
                            "booming", "struggling"})
# Periods a rate is counted in, after "a"/"per" ("34 minutes of short dramas a day", "sets of this course a
# year"): no object of a verb, and no part of what a figure measures (etl.phrases, etl.measure).
RATE_PERIODS = {"day", "week", "month", "year", "quarter", "season", "night", "episode", "minute", "hour", "second"}
# People by their age, one word: "38% of 16-24-year-olds said" (etl.phrases, etl.measure, the rules below).
AGE_GROUP = r"\d+(?:-?\s*(?:to|-)\s*\d+)?-year-olds?"  # "16-year-olds", "18-24-year-olds", "18- to 24-year-olds"
# Adjectives of a running sum, whose "total" is a noun ("the sequel's domestic total now stands at"), and the
# words that follow "total" as a noun, no verb of an amount itself (not "sales total $5 million") (etl.measure,
# etl.phrases).
SUM_ADJECTIVES = {"domestic", "global", "worldwide", "overseas", "international", "running", "overall", "cumulative",
                  "lifetime", "combined", "grand", "final",
                  # (a total by its period: "the annual total is worth about $2 million")
                  "annual", "yearly", "quarterly", "monthly", "weekly", "daily"}
AFTER_A_TOTAL = {"now", "stands", "stood", "is", "was", "has", "had", "reached", "reaches", "rose", "climbed", "came",
                 "comes", "sits", "topped", "hit", "grew", "jumped", "passed"}
# Nouns that name a dimension themselves: "a range of 400 km" is the range (etl.measure; else "<noun> <dimension>").
DIMENSION_NOUNS = {"range", "length", "area", "size", "capacity", "distance", "height", "width", "depth", "weight",
                   "footprint", "span", "output", "age"}
# Head nouns of the things figures measure: the measure phrase is built around the nearest.
# Measure nouns whose "by" phrase names who spent or invested ("Spending by global streamers rose
# 12%"), where other measures' "by" is a breakdown or a date ("revenue by region", "sales by 2030")
AGENT_MEASURE_NOUNS = frozenset({"spending", "spend", "investment", "investments", "expenditure", "expenditures",
                                 "outlays", "purchases"})
MEASURE_NOUNS = {
    "revenue", "revenues", "sales", "earnings", "income", "profit", "profits", "turnover",
    "bookings", "valuation", "funding", "investment", "investments", "capital", "financing",
    "cost", "costs", "price", "prices", "budget", "budgets", "spend", "spending", "expense",
    "expenses", "fee", "fees", "commission", "commissions", "pay", "wage", "wages", "salary", "salaries", "market",
    "industry", "sector", "economy", "box office", "gross", "downloads", "installs", "users", "minimum guarantee",
    "viewers", "views", "subscribers", "audience", "audiences", "players", "visitors",
    "jobs", "positions", "workforce", "employment", "layoffs", "shares", "stock", "index",
    "growth", "share", "count", "number", "output", "volume", "length", "duration", "resolution",
    "collections", "guidance", "purchases", "payments", "margin", "traffic", "receipts", "takings", "box office takings",
    "premium",
    "premiums", "deductible", "deductibles", "click-through rate", "conversion rate", "value added", "exports", "daily rate", "weekly rate", "prize pool", "prize money",
    "proceeds", "subscriptions", "seats", "tickets", "applications", "margins", "gdp", "productivity", "demand",
    "loss", "losses", "deficit", "shortfall", "shortfalls", "funding gap", "financing gap", "debt", "debts", "liabilities", "assets", "leverage", "savings", "saving", "attendance", "footfall", "footfalls", "admissions", "accuracy", "exposure",
    "fine", "fines", "penalty", "penalties", "tax credit", "tax credits", "rebate", "rebates", "incentive",
    "incentives", "subsidy", "subsidies", "public support", "state support", "government support", "restructuring charges", "restructuring charge", "impairment charges",
    # (a charge named as one, not the verb: "pre-tax charges of $42 million", "The fund will charge 40 basis points")
    "pre-tax charge", "pre-tax charges", "one-time charge", "one-time charges", "non-cash charge", "non-cash charges",
    "impairment charge", "write-down", "write-downs", "cpm", "cpms", "rpm", "rpms",
    "expenditure", "expenditures", "outlay", "outlays", "size", "households", "rates", "royalty", "royalties", "residual", "residuals", "payout", "payouts", "damages", "interest rate", "day rate",
    "hourly rate", "run rate", "run-rate", "tax rate", "contribution rate", "contribution rates", "churn rate", "minimum rate", "minimum rates", "scale rate", "unemployment rate", "participation rate", "hit rate", "exchange rate",
    "market value", "market cap", "market capitalization", "market capitalisation",
    "turnout", "viewership", "membership", "ridership", "headcount", "enrollment", "enrolment",
    "pay raises", "pay rises", "wage increases", "growth rate", "growth rates", "dividend", "dividends", "dividend yield", "arr", "earnings per share", "eps",
    *OPERATING_EARNINGS_ACRONYMS, "arpu", "arppu", "gmv", "grant", "grants", "prize", "prizes", "donation", "donations", "loan", "loans",
    "dau", "daus", "mau", "maus",
    "postings", "job postings", "vacancies", "job openings", "gross value added", "gva", "licensing", "cume", "payment", "sale",
    "viewing time", "watch time", "listening time", "screen time", "haul", "hauls", "churn",
    "burn", "burn rate", "cash burn", "quote", "quotes", "turnaround", "turnaround time", "turnaround times", "ratio", "ratios",
    # a release's takings per cinema: "a per-theater average of $5,960"
    *(f"{per}{place} average" for per in ("per-", "") for place in ("theater", "theatre", "screen", "location")),
    "price target", "price targets", "target price",
    "rent", "rents", "bills",  # ("But the rent went up by £18,000 a year"; not the verb: "I used to bill €600 a day")
}
# Verbs that end a noun phrase read without a tagger ("AI can generate videos of ...").
COMMON_VERBS = {"generate", "generates", "create", "creates", "produce", "produces", "support",
                "provide", "provides", "require", "requires", "ensure", "ensures",
                "supports", "allow", "allows", "cannot", "can't", "need", "needs", "make", "makes",
                "take", "takes", "get", "gets", "give", "gives", "show", "shows", "see", "sees",
                "use", "uses", "become", "becomes", "remain", "remains", "continue", "continues",
                "offer", "offers", "let", "lets", "help", "helps", "bring", "brings", "keep", "keeps",
                "include", "includes", "contain", "contains", "face", "faces", "earn", "earns", "lose", "loses",
                "own", "owns", "hold", "holds", "receive", "receives", "involve", "involves", "carry", "carries",
                "command", "commands",  # ("the top five or six stars command these prices")
                # a headline's verbs after a plural subject: "Record labels sue AI music generator"
                "sue", "sues", "warn", "warns", "urge", "urges", "seek", "seeks", "vow", "vows", "sign", "signs", "quit", "quits",
                "threaten", "threatens",
                "oppose", "opposes", "imply", "implies", "implied", "sell", "sells", "buy", "buys", "expands",
                "launches", "shuts", "closes", "folds", "collapses",  # ("VFX studio Pinewood Pixel shuts after 22 years")
                # what an audience does: "10 million users stream it" (and "watch": etl.quantities)
                "stream", "visit", "download", "subscribe", "listen",
                # where a share comes from: "About a quarter of its revenue comes from enterprise contracts"
                "comes", "goes",
                # where a price starts: "Subscription plans start at Rs 149"
                "start", "begin",
                # what a figure is said to stand for: "much of the rise reflects inflation, which averaged 33%"
                "reflect", "reflects", "explain", "explains"}
# Past forms without "-ed" that are never nouns: a noun phrase ends before them ("49% of
# spending went to AI", "30% of revenue came from ads").
IRREGULAR_PAST = {"went", "came", "took", "gave", "got", "began", "became", "brought", "bought", "sought",
                  "thought", "taught", "caught", "fought", "kept", "left", "felt", "meant", "sent", "spent",
                  "built", "lent", "won", "ran", "saw", "knew", "grew", "drew", "flew", "threw", "wrote",
                  "rode", "chose", "froze", "spoke", "broke", "woke", "stole", "sold", "told", "held",
                  "stood", "understood", "paid", "laid", "said", "made", "led", "fed", "met", "sat", "found",
                  "rose", "fell", "sank", "shrank", "slid", "lost", "overtook", "outsold", "outgrew", "undertook", "struck"}
# ... of them, those that are never a participle, whose participle is another word ("gave", given; "came", come):
# "62% of those contracts gave the producer rights" is what they did, no participle's phrase (etl.measure)
PRETERITES_ONLY = {"went", "came", "took", "gave", "began", "became", "ran", "saw", "knew", "grew", "drew", "flew",
                   "threw", "wrote", "rode", "chose", "froze", "spoke", "broke", "woke", "stole", "rose", "fell",
                   "sank", "shrank", "overtook", "outgrew", "undertook"}
# Adjectives of a nation, people or language that do not end like one (-an, -ian, -ese, -ish, -ch, -i):
# "Argentine films", "Tamil producer", "Greek broadcaster" describe, they name nobody (etl.attribute).
IRREGULAR_DEMONYMS = ("Argentine", "Philippine", "Levantine", "Florentine", "Palestine", "Tamil", "Telugu",
                      "Malayalam", "Kannada", "Greek", "Swiss", "Welsh", "Basque", "Uzbek", "Kazakh", "Tajik", "Maori")
# A nation's people named unlike its adjective in -an, -ese, -ish… plus "s" ("Europeans", "Koreans" are read by
# their ending): "Most Britons distrust AI news, according to a poll of 2,000 adults" (the adults are nobody's).
PEOPLES_BY_NATION = {"Britons", "Brits", "Swedes", "Danes", "Finns", "Poles", "Scots", "Thais", "Filipinos", "Greeks",
                     "Turks", "Arabs", "Kiwis", "Aussies", "Latinos", "Israelis", "Pakistanis", "Saudis", "Iraqis"}
# Past participles unlike their past forms: "the tasks now done in film production" (done, not "that did").
# Participles spelt as their verb, a verb only after "had", "has", "have": "had cut net debt to £1.6 billion" (a
# measure's modifier otherwise: "job cut", etl.phrases)
BARE_PARTICIPLES = {"cut", "put", "set", "hit", "shed", "spread", "cost", "cast", "quit", "let"}
IRREGULAR_PARTICIPLES = {"done", "shown", "given", "taken", "seen", "written", "known", "grown", "drawn", "thrown",
                         "driven", "chosen", "spoken", "broken", "stolen", "begun", "gone", "flown", "ridden", "hidden",
                         "forgotten", "overtaken", "undertaken", "being", "fallen", "risen", "shrunk", "sunk"}
# Nouns too empty to say what a figure counts on their own: "22 percent of cases".
# Nouns that end like adverbs: a noun phrase may end on them ("the Lumen family").
LY_NOUNS = {"family", "italy", "supply", "assembly", "rally", "ally", "july", "monopoly", "anomaly", "reply",
            "hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "bully", "lily", "belly", "jelly", "fly"}
WEAK_NOUNS = {"cases", "case", "number", "figure", "them", "those", "these", "it", "times", "time", "one", "ones", "of",
              "total", "all", "more", "which", "whom", "whose", "each", "who", "percent"}

# --- claim types (etl.classify) -------------------------------------------------------------
# Every claim type, in the schema's vocabulary; the README and the About page list them all.
CLAIM_TYPES = ("survey", "jobs", "box_office", "cost", "revenue", "market_size", "investment",
               "stock_move", "audience", "capability", "duration", "other")
QUALIFIER_KINDS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range")
TIME_UNIT_NAMES = ("seconds", "minutes", "hours", "days", "weeks", "months", "years")
# Each time unit in seconds (a month and a year on average, leap years counted): what lets a
# "1-minute" report and a "60 seconds" report be compared.
SECONDS_PER_UNIT = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800,
                    "months": 2629746, "years": 31556952}
UNIT_FAMILIES = ("percent", "money", "count", "time", "other")

_SURVEY_GROUPS = (r"respondents?|interviewees|voters|(?:those|people|adults|consumers|participants|"
                  r"workers|developers|members)\s+(?:surveyed|polled|asked|interviewed)")
ATTITUDES = _ATTITUDES = (r"said|say|says|believe[sd]?|think|thinks|thought|expect(?:s|ed)?|plan(?:s|ned)?|agreed?|"
              r"report(?:ed)?|indicated|anticipate[sd]?|feel|felt|worr(?:y|ied)|want(?:s|ed)?|"
              r"prefer(?:s|red)?|saying|reporting|noted|admitted|intend|hope|fear|trust|distrust|"
              r"support(?:ed)?|oppose[sd]?|backed|backs|favou?r(?:ed|s)?|reject(?:ed|s)?|"
              r"use|used|using|have\s+(?:a|an|no|not|already|never)|"
              r"are\s+(?:concerned|worried|optimistic|pessimistic|using|planning|confident)|"
              # (graded: "Members under 35 were the most worried")
              r"(?:are|were)\s+(?:the\s+)?(?:most|more|less|least)\s+(?:concerned|worried|optimistic|pessimistic|confident)|"
              r"were\s+(?:concerned|worried)|would|consider")
# Groups of people a figure can count or a survey ask, as a pattern (people counted by their work among them).
PEOPLE_GROUPS = _PEOPLE_GROUPS = "|".join(dict.fromkeys([*(r"developers|executives|managers|leaders|decision[\s-]makers|advertisers|marketers|"
                  r"companies|firms|studios|workers|employees|professionals|adults|americans|"
                  r"consumers|viewers|creators|artists|filmmakers|writers|actors|animators|"
                  r"businesses|organi[sz]ations|brands|agencies|teams|people|respondents|users|"
                  r"parents|students|teachers|gamers|players|members|freelancers|editors|producers|directors|"
                  r"officers|chiefs|founders|owners|musicians|designers|engineers|listeners|participants|subscribers|fans|employers|"
                  r"audiences|voters|readers|citizens|residents|households|journalists|screenwriters|performers|"
                  r"women|men|children|kids|teenagers|teens|girls|boys|graduates|composers|applicants").split("|"),
                                                        # (not a collective: "its creative staff", "crews")
                                                        *(alt for alt in WORKING_PEOPLE.split("|")
                                                          if alt not in ("staff", "crews?"))]))
# what "stock" stands before when it means stock media, not a company's stock ("stock footage", "stock contributors")
STOCK_MEDIA_NOUNS = frozenset({"footage", "photo", "photos", "photography", "photographers", "image", "images", "imagery",
                               "video", "videos", "clip", "clips", "media", "music", "library", "libraries", "agency",
                               "agencies", "site", "sites", "contributor", "contributors", "sales", "content"})
# (not the verb: "a programme which shares ad revenue")
_STOCK = (r"(?<!market\s)(?<!which\s)(?<!that\s)(?<!who\s)(?<!it\s)shares(?!\s+(?:its|their|the|a|an|ad|revenue)\b)|"
          # (not stock media: "stock footage", "income from stock sales")
          rf"stocks?(?!\s+(?:{'|'.join(sorted(STOCK_MEDIA_NOUNS))})\b)|share\s+price|stock\s+price|market\s+(?:cap|value|capitali[sz]ation)|"
          # (not the rating agency: "S&P Global Ratings", "S&P said free cash flow could fall")
          r"nasdaq|dow|s&p(?!\s+(?:global|ratings|said|says|warned|expects|estimates|downgraded|upgraded|affirmed)\b)|"
          r"index(?!\s+(?:report|survey|study))|indices|ftse|nikkei|hang\s+seng|dax|cac|premarket|bourse|"
          r"a-shares?|concept\s+(?:stocks?|plate|sector)|trading\s+day|traded")
# The verbs of a price's move (etl.attribute reads a name before "shares" and one of them as a company's)
# (the present too, as headlines write it: "Adobe shares slide 14%", "Kuaishou stock surges 9%")
# (and their participles after "with": "…, with MiniMax jumping 12% and Zhipu climbing 8.5%")
# (a compound's "-up" or "-down" moves nothing: "start-up", "mark-down"; nor a particle's "up": "took up about 45% of
# the offering")
MOVED_VERBS = r"ros[e]|risen|rise|rising|fell|fall|fallen|falling|gain(?:ed|s|ing)?|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|" \
         r"surg(?:ed|es|e|ing)|soar(?:ed|s|ing)?|plung(?:ed|es|e|ing)|slump(?:ed|s|ing)?|drop(?:ped|s|ping)?|" \
         r"tumbl(?:ed|es|e|ing)|" \
         r"slid(?:es?|ing)?|sank|declin(?:ed|es|e|ing)|lost|add(?:ed|s)|" \
         r"(?<!-)" + "".join(rf"(?<!{verb}\s)" for verb in sorted(UP_PARTICLE_VERBS)) + r"up|" \
         r"(?<!-)down|closed|ended|opened|limit|slipp(?:ed|ing)?|slips?|" \
         r"tank(?:ed|s)?|sag(?:ged|s)?|skid(?:ded|s)?|" \
         r"dipp(?:ed)?|dips?|edg(?:ed|es)|eas(?:ed|es)|rall(?:ied|ies)|advanc(?:ed|es|e)|retreat(?:ed|s)?|" \
         r"plummet(?:ed|s)?|sink(?:s)?|wip(?:ed|es|ing)|eras(?:ed|es|ing)|shed(?:s|ding)?|increas(?:ed|es|e)|" \
         r"decreas(?:ed|es|e)|finish(?:ed|es)?"
# a trading limit named between a share's verb and its move: "rose by the daily limit of 20%" (etl.quantities reads
# the verb's direction past it)
TRADING_LIMIT_OF = r"the\s+(?:daily\s+)?(?:upper\s+|lower\s+)?limit\s+of"
# a move by its own verb: "climbed 8.7%", "rose by its 20% daily limit", "rose by the daily limit of 20%"
MOVED_BY = (rf"\b(?:{MOVED_VERBS})\s+(?:by\s+)?(?:its\s+|{TRADING_LIMIT_OF}\s+)?"
            r"(?:as\s+much\s+as\s+|about\s+|nearly\s+)?$")
# The words of a cinema's takings (claim-type rows; etl.extract reads a list's heading for them).
BOX_OFFICE_WORDS = (r"box[\s-]office|ticket\s+(?:sales|pre-?sales)|grossed|grosses|footfalls?|"
                    # (a ranking by takings is none: "the 250 top-grossing films", "the highest-grossing film")
                    r"(?<![a-z]-)gross(?:ing)?(?!\s+(?:margins?|profits?|domestic|income|revenues?|sales|merchandise|value|debt|"
                    r"sign-?ups|additions|adds|subscribers?|subscriber\s+additions|bookings|rating\s+points))|"  # ("gross sign-ups")
                    # (a school's admissions are none: "the admissions service UCAS", "university admissions")
                    r"(?<!university\s)(?<!college\s)(?<!school\s)(?<!student\s)admissions"
                    r"(?!\s+(?:service|office|officers?|process|tests?|criteria|polic(?:y|ies)|system|essays?))|"
                    r"opening\s+(?:weekend|day|frame)|(?:second|third|fourth|fifth)\s+(?:weekend|frame)|biggest\s+opening|"
                    r"theatrical\s+(?:revenue|release|run)|"
                    r"(?:domestic|worldwide|global|international)\s+(?:total|haul|launch|debut|gross)|studio\s+estimates|"
                    r"cumes?|"  # the trade's word for a film's cumulative gross
                    # a film opening or adding from its theatres or markets: "to open … from 4,100 theaters",
                    # "add another $60 million from 52 markets"
                    r"\b(?:open(?:s|ed|ing)?|debut(?:s|ed|ing)?|add(?:s|ed|ing)?|take\s+in|took\s+in)\b[^.;]{0,80}\bfrom\s+"
                    r"(?:about\s+|around\s+|some\s+|nearly\s+)?[\d,]+\s+(?:theat(?:er|re)s|cinemas|screens|markets|territories)\b")
# a film, its release, where it plays: what makes "earned $135 million" ticket sales
# the names of market indexes, and the words of an index's name: a move of one is the index's, no
# company's share price
STOCK_INDEX_NAMES = ("S&P", "Nasdaq", "Dow", "FTSE", "Nikkei", "Kospi", "Kosdaq", "Hang Seng", "DAX", "CAC", "Stoxx",
                     "Sensex", "Nifty", "Topix", "CSI", "MSCI", "Russell", "TA-35", "TA-125", "ASX", "TSX")
STOCK_INDEX_WORDS = ("index", "composite", "average", *STOCK_INDEX_NAMES)
# nouns of a whole trade or market, nobody's own: "the AI dubbing market", "an industry that employs …" (etl.measure,
# etl.owners)
WHOLE_MARKET_NOUNS = frozenset({"market", "markets", "industry", "industries", "sector", "sectors", "economy",
                                "ecosystem", "segment", "segments"})
# what "the film" or "the sequel" of a box-office report can be
FILM_NOUNS = ("film", "movie", "picture", "sequel", "prequel", "remake", "re-release", "blockbuster")
# Where tickets are sold, whose takings a box office figure is: "Nigerian cinemas grossed 11.2 billion naira"
CINEMA_NOUNS = ("cinemas", "cinema", "theaters", "theater", "theatres", "theatre", "multiplexes", "screens", "exhibitors",
                "chains", "venues")
# what is made and released under a name ("the average Hollywood feature", "the Kling video model"): a
# work or a product the name only describes; it states nothing itself (etl.attribute)
MADE_WORK_NOUNS = (*FILM_NOUNS, "feature", "series", "show", "episode", "game", "album",
                   "app", "model", "tool", "chatbot", "generator")
_FILM = ("|".join(f"{noun}s?" for noun in FILM_NOUNS) + r"|franchise|(?<!-)animated|"  # (not "an AI-animated monkey")
         r"theat(?:er|re)s|cinemas?|multiplexes|premiere[sd]?|opening|debut|screens")
# the figure's own verb of takings: "collected $225 million", "added $161.5 million"
_TAKINGS = (r"(?:earned|earns|collected|collects|grossed|grosses|took\s+in|takes\s+in|take\s+in|pulled\s+in|"
            r"brought\s+in|raked\s+in|added|adds|made|scored|opened\s+(?:in\s+[^,;.]{1,60}?\s+)?(?:to|with)|led\s+with|topped\s+(?:the\s+(?:\w+\s+){1,2})?with)")
# (what a subscription costs is a price: "Subscription prices … will rise by 8% to 12%")
_REVENUE = (r"revenues?|sales|sold|earn(?:ed|s|ings(?!\s+(?:stories|reports?|calls?|season|releases?|dates?|previews?)))?|income|turnover|takings|copies|subscriptions?(?!\s+(?:prices?|fees?|costs?))|rpms?|"
            r"bookings|proceeds|receipts|in-app\s+purchases|purchases|cash\s+collections|gmv|arr|run[\s-]rate|exports|"
            r"(?:advertising|ad|upfront)\s+commitments")  # (annual recurring revenue; ad sales agreed ahead)
_RAISING = r"raised|raises|raise|raising"
_INVEST = (rf"invest\w*|funding|{_RAISING}|financing|takeover|expansion|restoration|renovation|refurbishment|"
           rf"redevelopment|grants?|venture|valuation|valued|capital|"
           # (a union's fund for its members' hardship is no investment: "$12 million in its strike fund")
           r"capex|(?<!strike\s)(?<!hardship\s)(?<!benevolent\s)fund(?:s|ed)?|round|backed|stake|acquisition|acquired|acquire|"
           r"bought|deal|series\s+[a-h]|"
           r"subsid(?:y|ies|ise[sd]?|ize[sd]?)")  # public money for projects is funding too
# ("the time children spent", "all time Chinese internet users spend online")
_TIME_SPENT = r"(?:[\w'’-]+\s+){0,4}(?:time|hours|minutes)\s+(?:[\w'’-]+\s+){0,3}(?:spent|spend|spends|spending)\b"
_COST = (r"costs?|costing|price[sd]?|pricing|budgets?|spend\w*|spent|expens\w*|expenditures?|cheap\w*|fees?|cpms?|"
         r"(?:sur)?charges?|deductibles?|save[sd]?|saving|savings|afford\w*|paid(?!\s+(?:hours|leave|subscribers|subscriptions|members|"
         r"memberships|users|accounts|customers))|payments?|fines?|bills?|rents?")  # (not "paid hours", "paid subscribers")
# Nouns of organisations counted ("138 studios", "20 production houses"): a count of them is
# neither people at work nor a list of people going on (etl.classify rules, etl.extract).
ORGANISATION_NOUNS = (r"studios?|compan(?:y|ies)|firms?|houses?|outlets?|platforms?|brands?|start-?ups?|"
                      r"broadcasters?|networks?|distributors?|business(?:es)?|enterprises?|organi[sz]ations?")
# Nouns of places counted ("over 200 countries and regions"): no people, no audience.
# Places a count is spread over: "1,807 systems in 89 countries, including 811 in China" (the 811 are systems,
# not countries: a number in a place counts what the places hold; etl.extract)
GEOGRAPHIC_UNITS = ("countries", "regions", "territories", "markets", "cities", "states", "provinces")
PLACE_NOUNS = "|".join(GEOGRAPHIC_UNITS) + r"|theat(?:re|er)s|cinemas|screens|venues|locations|stores"
# Who a market's word describes, right after it: "industry analysts expect", "market watchers", "Industry
# body FICCI" (a speaker, no market) (etl.measure)
MARKET_SPEAKERS = (r"analysts?|insiders?|observers?|experts?|sources?|executives?|officials?|watchers?|"
                   r"veterans?|participants|body|bodies|groups?|associations?|leaders?")
# Where an industry meets, right after its word: "told an industry conference in Cannes" (no market)
MARKET_GATHERINGS = r"conferences?|events?|gatherings?|summits?|forums?|trade\s+shows?|panels?|awards?"
# What "film" may head that is no film and takes no tickets: "the country's film agency CNC", "the film industry"
FILM_BODIES = (r"agency|agencies|institute|fund|commission|board|council|office|school|body|bodies|union|guild|"
               r"association|authority|industry|sector")
_MARKET = (r"(?<!\bto\s)(?:market|markets|ecosystem|industry|industries|sector|economy)"  # (not the verb: "to market Albuquerque")
           rf"(?!\s+(?:{MARKET_SPEAKERS}|{MARKET_GATHERINGS}|value|cap|capitali[sz]ation|shares?|"
           r"projections?|estimates?|forecasts?|data|figures|tracking|average|median)\b)")  # (the industry's numbers, no market)
_AUDIENCE = (r"views?|viewers?|viewership|viewing|users?|user\s+count|audiences?|attendance|subscribers?|subscriptions|memberships|customers|clients|followers?|"
             r"guests|"  # (a park's or a venue's: "welcomed about 2 million guests")
             r"(?:subscribing|paying|paid)\s+members|"  # (members of a service, not of a union)
             r"(?:subscription|subscriber|paying|paid)\s+accounts|"  # ("752 million paid subscription accounts")
             r"downloads?|installs?|sign-?ups|visitors?|visits|attendees|fans|watchers|players|plays|streams|impressions|"
             r"monthly\s+active|daily\s+active|netizens|readers|listeners|likes|daus?|maus?|households|(?:watch|TV|viewing)\s+time|(?:TV|television|streaming)\s+usage")
# where what is posted is posted: "social media posts", "TikTok posts" are no posts of staff
POSTED_PLACES = ("media", "blog", "online", "forum", "TikTok", "Instagram", "Facebook", "Reddit")
_POSTED = f"(?:{'|'.join(POSTED_PLACES)})"
_JOBS = (r"jobs?|positions?|roles?|labou?r|labou?r\s+force|employees?|staff|staffers|layoffs?|job\s+cuts|workforce|"
         # (posts of staff, not what is posted: "2.3 million social media posts")
         r"employment|hires?|" + "".join(rf"(?<!{place}\s)" for place in POSTED_PLACES) + r"posts|postings|vacancies|"
         r"(?:job\s+)?openings|headcount|people\s+employed|unemployed|redundancies")
JOB_NOUNS = _JOBS  # (the words for jobs themselves, read by etl.extract: a list of staff runs on past them)
_OCCUPATIONS = (r"workers?|freelancers|crew|crews|artists|actors|actresses|writers|screenwriters|"
                r"animators|editors|designers|engineers|developers|illustrators|photographers|"
                r"directors|technicians|performers|extras|compositors|journalists|reporters|translators|musicians|programmers")
# What counts people, places or organisations, never money: "admissions of 1.01 billion" after
# a sum in yuan is a number of tickets (etl.quantities does not carry the currency over).
COUNTED_NOUNS = rf"{_AUDIENCE}|{_JOBS}|{_OCCUPATIONS}|{PLACE_NOUNS}|{ORGANISATION_NOUNS}|admissions|members|people"
# who is paid for work, one or many: "the median artist earned", "storyboard artists earned"
# who pays for what they buy: "subscribers … pay $249.99 a month" is a price
_PAYERS = (r"(?:subscriber|user|customer|viewer|buyer|consumer|shopper|advertiser|household|client|"
           r"brand|moviegoer|cinemagoer|gamer|player|fan|reader|listener|developer)s|they|you|we")
_EARNERS = (r"(?:worker|freelancer|artist|actor|writer|screenwriter|animator|editor|designer|engineer|developer|"
            r"illustrator|photographer|director|technician|performer|employee|staffer|member|crew\s+member|"
            r"cinematographer|producer|maker|operator|assistant|musician|composer|dancer|singer|compositor|"
            r"colou?rist|translator|modell?er|rigger|dubber|narrator|journalist)s?|"
            r"actress(?:es)?|crews|people|staff")
# what staff do with a tool, which no count of jobs says: "now use", "rely on"
_STAFF_USING = r"(?:now\s+|already\s+|regularly\s+)?(?:use|uses|used|rely|relies|prefer|prefers|work\s+with)\b"
# words of a passage about a survey
_SURVEY_CONTEXT = r"survey\w*|poll(?:ed|s)?|respondents"
# what people earn, as theirs: "their earnings", "her annual income"
_THEIR_PAY = r"(?:their|his|her)\s+(?:[\w-]+\s+)?(?:earnings|incomes?|pay|wages?)"
_EMPLOYING = (r"hire[sd]?|hiring|employ\w*|staff(?:ed|ing)?|lay\s+off|laid\s+off|laying\s+off|"
              r"cut|cuts|cutting|guarantee[sd]?|replace[sd]?|replacing|lose|lost|losing|retrain\w*|"
              r"displace[sd]?|team\s+of|minimum\s+of|redundan\w+|jobless|out\s+of\s+work|"
              r"needs?|needed|shortages?|recruit\w*|"
              # (working, not a work: "the unlicensed use of their work")
              r"(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bof\s)(?<!\bthe\s)"
              r"(?:work|works|worked|working)")
# a profit or a loss, the words before its head noun however many ("adjusted net profit attributable"),
# or its change ("operating profit growth")
_PROFIT_MEASURE = (rf"^(?:[\w'’.-]+\s+){{0,6}}(?:profits?|loss(?:es)?|margins?|{OPERATING_EARNINGS}|debts?|(?:net|operating)\s+income|"
                   r"earnings\s+per\s+share|eps)(?:\s+(?:growth|decline))?$")
# the verb of a multiple as a figure's whole surface: "more than doubled", "tripling", "fivefold"
_MULTIPLE_VERB = r"(?:doubl|tripl|quadrupl)(?:ed|ing)$|fold$"
_TAKES = (r"(?:take|takes|took|taken|taking|spend|spends|spent|need|needs|needed|require|requires|"
          r"required|last|lasts|lasted|lasting|in\s+just|in\s+only|in|within|over|after|ago|since|"
          r"past|next|every|during)\b[\w\s-]{0,25}$")
# (not "a long time"; nor the verb: "The production, which shot for 38 days in Hungary")
_CAPABILITY_MEDIA = (r"videos?|clips?|footage|shots?(?!\s+(?:for|in|on|over)\b)|segments?|scenes?|frames?|resolution|"
                     r"length|long(?!\s+(?:time|way|wait|haul|run))|duration|output\w*|images?")
_CAPABILITY_VERBS = (r"generat\w*|creat\w*|produc\w*|output\w*|render\w*|make|makes|can|able|"
                     r"capable|supports?|allows?|model|tool|app|tops?\s+out|limited|maximum|max")

# What a figure of a type measures when nothing in its sentence says more: "Pika has raised
# $135 million" is an investment in Pika (etl.extract prefixes the owner the clause names).
TYPE_MEASURES = {"investment": "investment", "revenue": "revenue", "box_office": "box office", "jobs": "jobs",
                 "market_size": "market size", "audience": "audience", "stock_move": "share price"}

# Time an audience spent, named by its activity: "1.1 billion streaming hours" (etl.measure reads it as
# the measure, the claim-type rules as audience).
WATCHED_TIME = r"(?:streaming|viewing|listening|watched|viewed|streamed)\s+(?:hours|minutes)"
# What people spend, earn or take, no modifier of a people noun after it: "34% of all the time children spent watching
# video" is the time they spent, no "children who spent" (etl.measure)
SPENT_BY_PEOPLE_NOUNS = {"time", "money", "hours", "minutes", "income", "earnings", "pay", "wages", "amount"}
# What hours of something are an amount of: "40 hours of archive footage", "1 billion hours of content"
# (etl.measure reads it as the measure, the claim-type rules as no span of time).
MATERIAL_NOUNS = (r"video|videos|footage|content|audio|music|programming|recordings?|tv|television|films?|movies?|"
                  r"shows?|series|episodes?")

# The claim-type rules: the first row that holds wins. Each row is
#   (claim type, unit families it applies to, where to look, pattern[, and also: (where, pattern)])
# Where: "noun" the figure's counted noun, "head" its last word ("labor costs" -> costs); "measure" the measure phrase (etl.measure);
# "left" / "right" the words just before / after the figure in its clause; "near" both;
# "surface" the figure as written; "sentence" the whole sentence; "context" the sentence and
# the one before it in its paragraph. Patterns are whole words, case-insensitive. The figure's
# own noun and verb come first, then its phrase, then the sentence. Rows that read only the
# sentence or a default are weak: a figure they type continues instead the type of the figure
# it follows in a list ("rose 11.11% ..., 10.3% in the education sector") (etl.extract).
_VOTED = r"vot(?:e|ed|es|ing)|ballots?|ratif(?:y|ied|ies|ying)|turnout"
# Trades named by their activity, a market as a whole: "Podcast advertising in the U.S. is expected to reach
# $2.6 billion", "Music streaming was worth $19 billion" (GERUND_NOUNS has them, with other nouns in -ing)
TRADE_GERUNDS = frozenset({"advertising", "streaming", "gaming", "licensing", "dubbing", "publishing", "broadcasting",
                           "ticketing", "merchandising", "subtitling", "captioning", "podcasting", "livestreaming"})
# a trade that ends a measure but is its head noun's complement is no measure of the trade: "Revenue from general
# licensing", "the cost of licensing"
_NO_HEAD_OF_TRADE = r"^(?![\s\S]*\b(?:revenues?|sales|income|costs?|spending|prices?|fees?|budgets?)\s+(?:from|of|for|on)\s)"
# shares sold in an offer, said in the passive: "Shares were sold at £250 each" (etl.classify, etl.measure)
SHARES_SOLD_PASSIVE = r"shares\s+(?:were|are|will\s+be|have\s+been)\s+(?:sold|offered|issued|priced)"
CLAIM_TYPE_RULES = (
    # how often something happens is a rate, no share of people: "identified AI-generated clips only 51% of the time"
    ("other", "percent", "right", r"^\s+of\s+the\s+time\b"),
    # a fine set as a share of what a company takes is a cost, not its takings: "could be fined up to 6% of their global
    # annual turnover", "penalties of up to 4% of revenue"
    ("cost", "percent", "left", rf"\b(?:fined|fines?\s+of|penalt(?:y|ies)\s+of|penali[sz]ed)\s+{AMOUNT_HEDGES}$"),
    # what investors bought or sold of a market's stocks is a flow of trading, no takings nor an investment of theirs:
    # "Foreigners sold a net 512 billion won worth of stocks, while individuals bought 498 billion won"
    ("other", "money", "measure", r"^net\s+(?:sales|purchases)\s+of\s+stocks\b"),
    # the economy's prices and rates are no takings, cost or answer of the sentence they are set in: "ticket sales
    # rose 70%, though much of the rise reflects inflation, which averaged 33%"
    ("other", "percent", "measure", r"^(?:[\w'’-]+\s+){0,2}(?:inflation|interest\s+rates?|exchange\s+rates?)$"),
    # a valuation multiple is neither takings nor a count: "trades at about 9 times forward earnings"
    ("other", "count", "measure", r"\bmultiple$"),
    # what one group earns against another is a pay gap, no answer to a survey: "Women earned 29% less than men"
    ("other", "percent", "left", r"\bearn(?:ed|s)?\s+(?:on\s+average\s+)?$", ("right", r"^\s+(?:less|more)\s+than\b")),
    # how much faster a thing is done is a speed-up, no share of the people who do it: "finished writing tasks 40%
    # faster" in a study of professionals
    ("other", "percent", "right", r"^\s+(?:faster|quicker|slower)\b"),
    ("survey", "percent count", "noun", _SURVEY_GROUPS),
    # participants of a survey, where the text speaks of one (not "the market drew 15,000 participants")
    ("survey", "percent count", "noun", r"participants", ("context", r"survey\w*|poll\w*|stud(?:y|ies)|questionnaire")),
    # a share "of them" where they are things the figure before counted is no answer: "about 30,000 micro-dramas.
    # Some 20 percent of them used AI footage" (etl.measure.share_of_them names them with "that", people with "who")
    ("other", "percent", "right", r"^\s+of\s+(?:them|those)\b", ("measure", r"^[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+that\s")),
    # a share of people who say, think or do: "62% of the editors said", "58% expect" (not "70
    # percent of the masking work her team used to do", nor "40 percent of dramas will use AI")
    ("survey", "percent", "right",
     # (a list's line too, the group right after its colon: "- Nearly 1 in 3: writers who say …")
     # (or on the line after it: "70%¶The share of visual effects artists who said …", etl.segment)
     rf"^[\s)]*(?:\([^)]{{0,12}}\)\s*)?(?:(?::\s+|(?<=\n))(?:(?:the\s+)?(?:share|percentage|proportion)\s+)?)?"
     rf"(?:(?:of\s+|(?<=:\s)|(?<=\n))(?:[^,;.()]|\.(?=\S)|(?<=\b[A-Z])\.|(?<=\d),(?=\d)){{0,60}}?"  # ("of the 1,200 …")
     rf"\b(?:{_PEOPLE_GROUPS}|{_SURVEY_GROUPS}|those|them|us|[A-Z][\w-]*(?:ans|ers|ese|ish)|"
     rf"[a-z]+(?:ers|ors|ists|ians|ants|ents|ees)|{AGE_GROUP})\b"  # people by what they do: editors, producers;
     # by their age: "16-24-year-olds"
     rf"(?:\s+(?:who|that)\s+[^,;.()]{{1,60}}?|(?:\s+(?:[^,;.()\s]|\.(?=\S)|(?<=\b[A-Z])\.)+){{0,5}}?)??\s+)?"
     rf"(?:{_ATTITUDES})\b(?!\s+by\b)",  # (not "the 5.1% expected by analysts": what somebody expected, no answer)
     ("left", r"^(?![\s\S]*\bby\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?$)")),  # ("cut … by half using AI": a change)
    # a share of those who voted ("ratified by 78%"; not "a raise of 15% upon ratification")
    ("survey", "percent", "near", _VOTED),
    # those a body represents are its membership, not a vote's: "ACTRA, the union representing 28,000 Canadian
    # performers, voted 94.6% in favour"
    ("other", "count", "left", rf"\b(?:represent(?:s|ing|ed)?|(?:which|that|who)\s+represents?)\s+{AMOUNT_HEDGES}$"),
    # (those voting, not jobs cut near a vote: "cutting 71 jobs, weeks after its workers voted to unionise")
    ("survey", "count", "near", _VOTED, ("noun", rf"^(?![\s\S]*\b(?:{_JOBS})$)")),
    # ... and those who approved, people ("1,200 members approved the deal"; not "approved HK$50 million for 12 projects")
    # (not a share of things approved: "clients approved 70% of AI-assisted previs on the first pass")
    # (nor a participle of when or where something was approved: "roughly half the $75 million budget first
    # approved in 2023"; "approved by 78% of members" is a vote)
    # (the words near a figure are cut at a few dozen characters: a word cut after it says nothing either way)
    ("survey", "percent", "near", r"approved(?!\s+(?:in|on|for|at|last|this|earlier|under|when)\b|\s+\w{1,3}$)",
     ("left", rf"^(?![\s\S]*\bapproved\s+{AMOUNT_HEDGES}$)")),
    ("survey", "count", "near", r"approved", ("noun", rf"^(?:[\w-]+\s+)?(?:{_PEOPLE_GROUPS})$")),
    # a share of a vote by its side ("with 87% in favour"), and those who voted, however long the
    # name of what they belong to ("8,000 members of the Motion Picture Editors Guild voted")
    ("survey", "percent", "right", r"^\s+(?:in\s+favou?r|against|opposed|voting\s+(?:yes|no|for|against))\b"),
    ("survey", "count", "right", r"^\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:of\s+|and\s+)?){1,8})?(?:have\s+|had\s+)?voted\b"),
    # those asked, by whoever asked them: "the 1,200 freelancers it surveyed", "500 members the union polled"
    ("survey", "count", "right", r"^\s*(?:(?:it|they|we|the\s+[a-z]+)\s+(?:had\s+|has\s+|have\s+)?)?"
                                 r"(?:surveyed|polled|interviewed|questioned|asked)\b"),
    # those who answered a survey: "Of the 1,470 members who responded"
    ("survey", "count", "right", r"^\s+(?:who|that)\s+(?:responded|answered|replied|took\s+part|participated|"
                                 r"completed\s+the\s+(?:survey|questionnaire))\b"),
    ("survey", "count", "right", rf"^\s*(?:{_ATTITUDES})\b", ("context", _SURVEY_CONTEXT)),
    # (who made the survey may come between: "A survey by the union Sated-SP of 850 dubbing professionals",
    # "A survey Deezer commissioned from Ipsos of 9,000 people")
    ("survey", "count", "left", r"(?:surveyed|polled|interviewed|asked|canvassed|"
                                r"(?:survey|poll|study)\s+(?:(?:by|from|for)\s+[^,;.\d]{1,50}?\s+"
                                r"|[\w&.-]+\s+(?:commissioned|conducted|ran)\s+(?:[^,;.\d]{1,50}?\s+)?)?of|"
                                r"sample\s+of|input\s+from|interviews\s+with|"
                                r"(?:responses|answers|replies)\s+from)\s+(?:[\w.]+\s+){0,3}$"),
    # (people "among" whom a share is counted are those asked, not things: "9% of new uploads among the top
    # 10,000 channels")
    ("survey", "count", "left", r"\bamong\s+(?:[\w.]+\s+){0,3}$", ("noun", _PEOPLE_GROUPS)),
    ("survey", "percent", "noun", _PEOPLE_GROUPS, ("context", r"survey\w*|poll(?:ed|s)?|respondents|study|studies")),
    # a share of the people a survey asked, by what they did or could do: "97% could not tell AI music apart"
    ("survey", "percent", "measure", rf"^(?:{_PEOPLE_GROUPS})\s+(?:who|that)\b", ("context", _SURVEY_CONTEXT)),
    # ... and the share of a group of them reporting it: "Among artists under 30, the share reporting lost work rose"
    ("survey", "percent", "measure", rf"^share\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:{_PEOPLE_GROUPS})\b(?:\s+[\w-]+){{0,3}}?\s+"
                                     r"(?:reporting|saying|who\s+said|who\s+reported)\b", ("context", _SURVEY_CONTEXT)),
    # a share of people by its own words, in a passage about a survey: "VDS found that 7 in 10 had seen fewer
    # bookings" (no bookings' takings)
    ("survey", "percent", "surface", r"^(?:(?:nearly|almost|about|roughly|more\s+than)\s+)?(?:\d{1,2}|one|two|three|four|"
                                     r"five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d{1,3}|two|three|four|five|six|"
                                     r"seven|eight|nine|ten)$", ("context", _SURVEY_CONTEXT)),
    # a profit or a loss measured by the figure itself, whatever moves near it ("adjusted net profit rose
    # 20.1%, according to a filing with the Hong Kong stock exchange"), and a multiple of it ("Net income
    # more than doubled")
    ("other", "money percent", "measure", _PROFIT_MEASURE),
    ("other", "count", "measure", _PROFIT_MEASURE, ("surface", _MULTIPLE_VERB)),
    # what workers earn is pay, not a company's takings: "Average hourly earnings in the sector rose 4.1%"
    ("other", "money percent", "measure", r"\b(?:hourly|weekly|monthly|annual|average|median)\s+(?:earnings|pay|wages?)\b"),
    # ... and so are wages or salaries in a trade, whatever the trade ("wages in the sector, which average ¥4.2 million")
    ("other", "money percent", "measure", r"^(?:[\w'’-]+\s+){0,2}(?:wages|salaries|salary|pay\s+packets?)\b"),
    # ... and pay for a kind of job, which is no count of jobs: "pay for those roles …, about 15% more than for editing jobs"
    # (the noun opening the measure, not a verb after its subject: "users pay for a subscription that starts at $12")
    ("other", "money percent", "measure", r"^(?:pay|wages|salaries)\s+(?:for|of|in)\s"),
    # costs that move are costs, whatever stock prices the sentence names: "The expectation that video production
    # costs will fall by more than half is being reflected in stock prices"
    # (not what is left of takings after costs: "Revenue less pass-through costs fell 5.4%")
    # a cut in a price is a cost's, whoever gets it: "Enterprise customers can get a further 20% discount" (not a
    # valuation's, set against something: "trading at a 24pc discount to earnings")
    ("cost", "percent money", "measure", r"^(?:[\w'’-]+\s+){0,2}(?:discounts?|price\s+cuts?)$",
     ("right", r"^(?![\s\S]{0,30}?\bdiscounts?\s+(?:to|against)\b)")),
    # the price shares are offered at is the offering's, not a cost: "the top of its range of 270 to 310 pence"
    ("investment", "money", "measure", r"\b(?:offer|offering|IPO)\s+price$"),
    ("cost", "percent money", "measure", r"^(?![\s\S]*\b(?:less|minus|excluding|net\s+of|after)\b)(?:[\w'’-]+\s+){0,3}"
                                         r"(?:costs|rents?|bills)$"),  # (and rents beside admissions: "rents … had risen to")
    ("stock_move", "percent money other", "near", _STOCK, ("near", MOVED_VERBS)),  # "the Dow lost 190 points"
    # where a new share stands against the price it was offered at: "closed at 339 pence, 9% above the offer price"
    ("stock_move", "percent", "right", r"^\s+(?:above|below|over|under)\s+(?:the|its)\s+(?:offer|IPO|issue|listing)\s+price\b"),
    # a multiple of a share price: "the stock has nearly tripled this year"
    ("stock_move", "count", "measure", r"^(?:[\w'’.-]+\s+){0,5}(?:shares|stock|share\s+price|stock\s+price)$"
                                       r"|^(?:shares|stock)\s+(?:of|in)\s",  # ("Shares of MiniMax more than doubled")
     ("surface", _MULTIPLE_VERB)),
    # ... and of spending: "Consumer spending on AI video apps quadrupled to about $1.1 billion", "her energy bills had
    # almost tripled"
    ("cost", "count", "measure", r"^(?:[\w'’.-]+\s+){0,3}(?:spending|spend|costs?|budgets?|expenditures?|bills|rents?|"
                                 r"(?<!stock\s)(?<!share\s)prices?)(?:\s+(?:on|for|of)\s[^,;]*)?$",
     ("surface", _MULTIPLE_VERB)),
    # the figure's own verb of costing before any word of its sentence: "the sequel, which cost about
    # $150 million to produce, drew the biggest opening of the year"
    ("cost", "money", "left", rf"\bcost(?:s|ing)?\s+{AMOUNT_HEDGES}$"),
    # ... whomever it cost, whatever it went on: "AI tools cost me roughly $2,400 in subscriptions", "cost the
    # studio $5 million"
    ("cost", "money", "left", rf"\bcost(?:s|ing)?\s+(?:me|us|him|her|them|it|you|(?:the|a|an|its|their|his|our)\s+"
                              rf"[\w'’-]+(?:\s+[\w'’-]+)?)\s+{AMOUNT_HEDGES}$"),
    # ... or its own budget: "Made on a budget of about Rs 40 crore, the film earned …"
    ("cost", "money", "left", rf"\b(?:budgets?\s+of|budgeted(?:\s+at)?|made\s+for|produced\s+for)\s+{AMOUNT_HEDGES}$"),
    # a prize is what a contest pays out, neither takings nor a cost of its own: "Last year's prize pool was $3.4
    # million, after Valve stopped adding a share of battle pass sales"
    ("other", "money", "measure", r"\bprize\s+(?:pool|money|fund)s?$"),
    # what a share of people earned is their pay: "12% earned more than $50,000 a year, while 46% made less
    # than $1,000" (as "the median artist earned" is; not a company's takings)
    ("other", "money", "left", rf"(?:\d\s*(?:%|percent|per\s+cent)|\b(?:half|a\s+third|a\s+quarter|most|many|few))\s+"
                               rf"(?:of\s+(?:the\s+|them\s+|those\s+)?(?:[\w'’-]+\s+){{0,3}}?)?(?:earned|earn|earns|made|make|"
                               rf"makes|took\s+home|take\s+home)\s+{AMOUNT_HEDGES}$"),
    # a share of the box office is the box office's: "local films' share of the box office rose to 24%"
    # (and of its tickets: "European films accounted for 31% of tickets sold")
    ("box_office", "percent", "measure", r"\bshare\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:box[\s-]office|tickets|admissions)\b"),
    # films a place released or made are counted as films, no takings: "Hong Kong released 42 local films"
    ("other", "count", "left", rf"\b(?:released|releases|made|makes|produced|produces|completed)\s+{AMOUNT_HEDGES}$",
     ("noun", r"(?:[\w-]+\s+){0,2}(?:movies|films|titles|features|series)")),
    ("box_office", "count", "noun", r"tickets?|admissions|movies?|films?|screenings", ("sentence", BOX_OFFICE_WORDS)),
    # a change in views is an audience's, whatever weekend the sentence names: "social media views of official
    # highlights rose 45%" (after "during the opening weekend")
    # (a name's "+" is a word's letter: "Disney+ subscribers")
    ("audience", "percent", "measure", r"^(?:[\w'’+-]+\s+){0,3}(?:views|viewers|viewership|streams|downloads|subscribers|listening)\b"),
    # ... and so is a change of subscriptions, as their number is ("video subscriptions fell 3% to 114 million"; a
    # share of them is of a market: "a 40% share of paid subscriptions")
    ("audience", "percent", "measure", r"^(?!share\b)(?:[\w'’+-]+\s+){0,3}subscriptions$"),
    # ... and so is a change of takings that are not the box office's: "admissions fell 4%, while revenue from
    # its IMAX screens rose 11%"
    ("revenue", "percent", "measure", r"^(?![\s\S]*\b(?:box[\s-]office|tickets?|admissions|gross)\b)(?:[\w'’-]+\s+){0,3}"
                                      r"(?:revenues?|sales)$"),  # (not "income": people's is pay)
    # a price's own move is the price's, whatever the sentence says of tickets sold: "Footfalls fell 8%, while the
    # average ticket price rose 5% to Rs 258"
    ("cost", "percent", "measure", r"\b(?:ticket|admission|subscription|average)\s+prices?$"),
    ("box_office", "percent", "sentence", BOX_OFFICE_WORDS, ("near", MOVED_VERBS)),
    # what a company is worth on the market is no market's size: "Toho's market value has tripled to 1.3 trillion yen"
    ("other", "money", "left", r"\bmarket\s+(?:value|cap|capitali[sz]ation)\b[^,;.]{0,60}$"),
    # what a fund or a budget runs short of is a shortfall, whatever body's name its subject is ("The Motion Picture
    # Industry Pension and Health Plans could run short of about $300 million")
    ("other", "money", "measure", r"\b(?:shortfall|financing\s+gap|funding\s+gap)$"),
    # a market's size before the box office its sentence mentions ("the micro-drama market reached 50.44
    # billion yuan, surpassing the domestic box office"); a box-office market stays box office
    # "awarded $31 million in damages", "$17 million in profits": what the amount is
    ("cost", "money", "right", r"^\s+(?:each\s+)?in\s+(?:damages|fines?|penalties|compensation|settlements?|legal\s+fees)\b"),
    ("other", "money", "right", r"^\s+(?:each\s+)?in\s+(?:profits?|net\s+income|earnings)\b"),
    # debt sold or raised is neither takings nor an investment in the seller: "sold $1.5 billion of senior notes"
    ("other", "money", "right", r"^\s+(?:of|in)\s+(?:(?:senior|junior|secured|unsecured|convertible|corporate|new|"
                                r"[\w-]+-year)\s+)*(?:notes|bonds|debt|debentures|loans)\b"),
    # (not "in lost revenue", a cost; nor "in ticket sales", takings)
    # an amount named by its round, whatever else its clause measures: "closed a $308 million Series D",
    # "- Pika: $80 million seed round", "surpassed $50 million in revenue and closed a $120 million Series C round"
    # (past the amount in another currency: "a 300 million yuan ($41.5 million) Series A round")
    ("investment", "money", "right", r"^\s+(?:\([^()]{1,40}\)\s+)?(?:(?:pre-)?seed|series\s+[a-h]|(?:[\w-]+\s+)?"
                                     r"(?:funding|financing|investment)\s+round)\b"),
    # an amount a list defines after its colon by what was raised: "$1.8 billion: what AI video startups raised"
    ("investment", "money", "right", rf"^:\s+(?:what|how\s+much)\s+[^.;:]{{0,60}}?\b(?:{_RAISING}|invested)\b"),
    # an amount sought or raised in a share offering: "seeks up to HK$1.2 billion in Hong Kong IPO"
    ("investment", "money", "right", r"^\s+(?:\([^()]{1,40}\)\s+)?in\s+(?:(?:its|an?|the)\s+)?(?:[\w-]+\s+){0,3}?"
                                     r"(?:IPO|initial\s+public\s+offering|share\s+(?:sale|offering)|stock\s+market\s+listing)\b"),
    # the price an offering is set at: "priced its initial public offering at 310 pence a share"
    ("investment", "money", "left", rf"{PRICED_OFFERING}$"),
    # shares sold in an offering, and their price, are investment, not takings: "selling 150 million shares at
    # HK$30.80 each"
    ("investment", "money", "left", r"\b(?:sell|sells|selling|sold|offering|offered|issuing|issued)\s+"
                                    r"(?:[\d.,]+\s+(?:(?:million|billion|thousand)\s+)?)?(?:new\s+)?shares\s+at\s+$"),
    # ... said in the passive: "Shares were sold at £250 each" in a share offer
    ("investment", "money", "left", rf"\b{SHARES_SOLD_PASSIVE}\s+at\s+$"),
    # (more of them, their noun left out: "existing investors sold a further 6 million")
    ("investment", "count", "left", r"\b(?:sell|sells|selling|sold|offering|offered|issuing|issued)\s+"
                                    r"(?:a\s+further\s+|another\s+|an\s+additional\s+)?$",
     ("noun", r"\bshares$")),
    ("revenue", "money", "right", r"^\s+(?:each\s+)?in\s+(?!lost\b|forgone\b|missed\b|ticket\b|box\b)"
                                  r"(?:[\w-]+\s+){0,2}?(?:royalties|revenues?|sales)\b"),
    # takings at cinemas are a box office: 'earning ₦1.9 billion at cinemas', "grossed $5 million in theaters"
    ("box_office", "money", "right", rf"^{AT_CINEMAS}",
     ("left", rf"\b(?:{_TAKINGS}|earning|earned|earns|made|making|took|taking|collected|collecting)\s+{AMOUNT_HEDGES}$")),
    # what people counted by their work earn is pay, no takings: "Women in senior roles earned a median of £62,000"
    ("other", "money", "measure", rf"^(?:[\w'’-]+\s+){{0,3}}(?:{WORKING_PEOPLE}|women|men)$",
     ("left", rf"\bearn(?:ed|s|ing)?\s+(?:an?\s+(?:median|average|mean)\s+of\s+)?{AMOUNT_HEDGES}$")),
    # what a person earns is pay, whatever film the sentence names: 'starting with "Sleeping Beauty" in 1959, when
    # she earned $38 a week'
    ("other", "money", "left", PERSON_EARNED),
    # ... and so is what a share of people at work earned: "About 70% of documentary makers in a survey by the
    # society earned less than £20,000 from film work"
    ("other", "money", "left", rf"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:[\w'’-]+\s+){{0,3}}(?:{_EARNERS})\b"
                               rf"[^,;.]{{0,60}}\bearn(?:ed|s)?\s+{AMOUNT_HEDGES}$"),
    # fees a figure's own verb says were earned are takings: "dramas earned an estimated 1.2 trillion won
    # in global licensing fees" (what is paid in fees is a cost: "pays $5 million in fees")
    ("revenue", "money", "left", rf"\b(?:{_TAKINGS}|earning|generat(?:ed|es)|receiv(?:ed|es))\s+{AMOUNT_HEDGES}$",
     ("right", r"^\s+in\s+(?:[\w-]+\s+){0,3}(?:fees|royalties|commissions)\b")),
    # what a thing fetches is its price: "A film that would have fetched Rs 40 crore to Rs 50 crore for its rights"
    # (not a business for sale: "a sale of its visual effects division, which could fetch about $400 million")
    ("cost", "money", "left", rf"\bfetch(?:ed|es|ing)?\s+{AMOUNT_HEDGES}$",
     ("sentence", r"^(?![\s\S]*\b(?:sale\s+of|divisions?|units?|stakes?|business(?:es)?|subsidiar(?:y|ies))\b)")),
    # what a thing is offered or priced at is its price: "a fully AI-generated feature had been offered at $400,000"
    ("cost", "money", "left", rf"\b(?:offered|priced|listed|on\s+sale)\s+(?:at|for)\s+{AMOUNT_HEDGES}$"),
    # the price paid for a company is an investment in it: "agreed to acquire Vanta Pictures for $18.50 a share"
    ("investment", "money", "measure", r"\bacquisition\s+price\b"),
    ("cost", "money", "measure", r"^(?:[\w'’-]+\s+){0,2}prices?\s+of\b"),  # "price of its monthly subscription"
    ("cost", "money", "measure", r"^(?:[\w'’-]+\s+){0,2}(?:tuition|fees?)\s+(?:for|of)\b"),  # "Tuition for the one-year course"
    # "Subscription prices start at Rs 149" (not a price target, nor a share's price in an offering)
    ("cost", "money", "measure", r"^(?:[\w'’-]+\s+){0,2}(?:prices?|fees?)$",
     ("sentence", r"^(?![\s\S]*\b(?:targets?|shares?|stocks?|ipo|offering)\b)")),
    # what production totals is what is spent on it: "Film and television production in Canada totalled C$9.9 billion"
    # (not "the $70 billion global market for advertising production": a market's size)
    # money invested in something is investment, whatever it is invested in ("investment in AI-based content production")
    ("investment", "money", "measure", r"^(?:[\w&.'’-]+\s+){0,4}investments?\s+in\b"),
    ("cost", "money", "measure", r"^(?![\s\S]*\bmarkets?\s+for\b)[\s\S]*\bproduction$"),
    # what is paid to someone: "payments to the music industry", "the price paid for comedy"
    ("cost", "money", "measure", r"^(?:[\w'’.-]+\s+){0,3}(?:payments?\s+to|price\s+paid)\b"),
    # what a subject needs is what it would cost, whatever it is: "the sector needed £30 million to cover urgent repairs"
    # (not money it needs in funding, nor what a film needs at the box office)
    ("cost", "money", "left", rf"\b(?:needs|needed|need|requires|required|require)\s+(?:another\s+|an\s+extra\s+|a\s+further\s+)?"
                              rf"{AMOUNT_HEDGES}$",
     ("right", r"^(?![^.;]*\b(?:box[\s-]office|in\s+(?:new\s+)?(?:funding|investment|capital|financing))\b)")),
    # a loss or harm done to a trade is what it cost the trade, not the trade's size: "the losses to the film and
    # television industry ran into tens of millions of pounds"
    ("cost", "money", "measure", r"^(?:[\w'’-]+\s+){0,2}(?:losses|loss|damage|harm)\s+to\b"),
    # (not a price something sold for at a market: "Cannes market sale price", below)
    ("market_size", "money", "measure", r"^(?![\s\S]*\b(?:box[\s-]office|ticket|film|movie|cinema)s?\b)"
                                        r"(?![\s\S]*\b(?:sale|asking)\s+prices?$)[\s\S]*\bmarkets?\b"),
    # a trade's size: "European cinema advertising was worth €860 million", "Podcast advertising is expected
    # to reach $2.6 billion" (not what one spends on it: "spent $40 million on advertising")
    # (not a trade that is another noun's complement: "Revenue from general licensing reached $196 million")
    ("market_size", "money", "measure", rf"{_NO_HEAD_OF_TRADE}(?:[\w'’.-]+\s+){{0,4}}(?:{'|'.join(sorted(TRADE_GERUNDS))})$",
     ("left", r"\b(?:worth|valued\s+at|reach(?:es|ed)?|hit|hits|top(?:s|ped)?|exceed(?:s|ed)?|surpass(?:es|ed)?|"
              r"total(?:s|led|ed)?|stood\s+at|(?:grow|grew|grown|rise|rose|risen|climb|climbed)\s+to)\s+"
              r"(?:(?:about|around|roughly|nearly|almost|some|an\s+estimated|more\s+than|over)\s+)?$")),
    # a film that reaches an amount reaches it in takings: "expect the film to pass $1 billion"
    # (not what is spent on films: "film production spending in Wales reached a record £95 million")
    # (a film in lower case: "Tomorrow Pictures said its sales reached" names a company)
    # a title in quotes that passes an amount: "'Moana 2' Crosses $1 Billion Worldwide"
    ("box_office", "money", "left", rf"[\"”'’]\s+(?:cross|top|pass|hit|near|surpass|reach)(?:es|ed|s|ped)?\s+{AMOUNT_HEDGES}$"),
    # what cinemas take is their box office: "Cinemas in China took 812 million yuan in the week"
    ("box_office", "money", "left", rf"\b(?:cinemas|theatres|theaters|multiplexes|movie\s+houses)\b[^.;]{{0,40}}?\b(?:took|take|takes|"
                                    rf"taking|grossed|gross|earned|collected|sold|brought\s+in)\s+{AMOUNT_HEDGES}$"),
    # what leads a chart of films leads it in takings: '"The Volunteers" led the holiday chart with 680 million yuan'
    ("box_office", "money", "left", rf"\b(?:led|leads|topped|tops|headed|heads)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}"
                                    # (or the holiday or weekend it leads: '"Nezha's Forge" led the period with 610 million yuan')
                                    rf"(?:chart|box\s+office|rankings?|period|holiday|weekend|week|season)\s+with\s+{AMOUNT_HEDGES}$"),
    # ... or leads for a week or a weekend running: "An animated fantasy led for a third week with 310 million yuan"
    ("box_office", "money", "left", rf"\b(?:led|leads|topped|tops|stayed\s+(?:on\s+)?top|remained\s+(?:on\s+)?top)\s+for\s+"
                                    rf"(?:a|the)\s+(?:[\w-]+\s+){{0,2}}(?:week|weekend)s?\s+(?:running\s+)?with\s+{AMOUNT_HEDGES}$"),
    # where a film's run ends: "the film will finish its run at around 16 billion yuan", "expects it to end its
    # run above Rs 275 crore net"
    ("box_office", "money", "left", rf"\b(?:finish|end|close|wrap)(?:es|ed|s|ing)?\s+(?:its|their)\s+(?:theatrical\s+)?"
                                    rf"runs?\s+(?:(?:at|with|on)\s+)?{AMOUNT_HEDGES}$"),
    # (not a film fund's money: "South Africa's film incentive backlog hits R1.2 billion")
    # (nor a business's segment: "Revenue from the pictures segment is expected to reach 1.6 trillion yen"; nor a whole
    # trade's takings: "Indian film industry revenue hits Rs 19,500 crore")
    ("box_office", "money", "left", rf"\b(?-i:{_FILM})\b(?:(?!\b(?:spending|spend|costs?|budgets?|investment|incentives?|backlog|"
                                    rf"subsid\w*|grants?|funds?|funding|tax|credits?|debts?|segments?|divisions?|units?|"
                                    rf"business|arms?|industry|industries|sector|revenues?|exports?)\b)[^,;.]){{0,30}}"
                                    rf"\b(?:to\s+)?(?:reach|pass|top|cross|hit|surpass|"
                                    rf"exceed|break)(?:es|ed|s)?\s+{AMOUNT_HEDGES}$"),
    # money taken from people counted is no takings of a film, whatever films the article names: "The group
    # collected about 3.2 billion won from 117 victims"
    # (victims or savers need no number: "took more than $200 million from victims")
    ("other", "money", "right", r"^\s+from\s+(?:(?:about\s+|around\s+|more\s+than\s+|some\s+|nearly\s+|at\s+least\s+)?"
                                r"[\d,]+\s+(?:victims|investors|people|individuals|pensioners|savers|depositors)|"
                                r"(?:its\s+|their\s+)?(?:victims|pensioners|savers|depositors))\b"),
    # what people earn, averaged or not, is pay, whatever films they work on: "Those in their twenties earned an average
    # of ¥3.1 million", "its members earned $1.3 billion from film and television work"
    ("other", "money", "left", rf"\b(?:{_EARNERS}|those)\b[^,;.]{{0,40}}\bearn(?:ed|s)?\s+(?:an\s+average\s+of\s+)?"
                               rf"{AMOUNT_HEDGES}$"),
    ("box_office", "money", "left", rf"\b{_TAKINGS}\s+(?:about|nearly|almost|roughly|an\s+estimated|another|"
                                    r"more\s+than|over|just|only|a\s+(?:record|further))?\s*$",
     # (nor what marketing adds: "But marketing, which often adds another $50 million to $100 million")
     # (nor a film body or trade: "the country's film agency CNC said", "the film industry")
     ("context", rf"(?-i:{_FILM})\b(?!\s+(?:{FILM_BODIES})\b)(?![\s\S]*\b(?:tax\s+credits?|incentives?|subsid\w+|budgets?|"
                 rf"funds?|grants?|marketing|promotion)\b)")),
    # ... and so is an average per site in a box office report: "an average of £12,800 per site"
    ("box_office", "money", "surface", r"\bper\s+(?:site|screen|theat(?:er|re)|cinema|location|venue)$",
     ("context", r"\b(?:box[\s-]office|grossed|grosses|opening|opened|debut|debuted|weekend|admissions|takings)\b")),
    # a release's takings per cinema are its box office: "a per-theater average of $5,960"
    ("box_office", "money", "measure", r"\b(?:per-)?(?:theat(?:er|re)|screen|location)\s+average$"),
    # what a title its sentence opens on took, or opened to: '"The Last Frame," marketed as …, took just 3.2
    # million yuan', '"Night Owl" opened to $22 million' (past a phrase put first: 'In second place, "The Long
    # Harvest" opened to $18.5 million')
    ("box_office", "money", "left", rf"\b(?:took|(?:has|have|had)\s+taken|(?:opened|debuted)\s+(?:to|with))\s+{AMOUNT_HEDGES}$",
     # (or a word describing it: 'Sequel "Night Harbor 2" opened with $40 million')
     ("sentence", r"^\s*(?:[A-Z][^,\"“”]{0,40},\s+|[A-Z][a-z-]+\s+)?[\"“][^\"”]{2,60}[\"”]")),
    # a film's opening by its amount: "Tracking had pointed to an opening in the $65 million to $70 million
    # range", "an opening weekend of $84 million"
    ("box_office", "money", "left", rf"\b(?:an?|its|the|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:opening|debut)(?:\s+weekend)?\s+"
                                    rf"(?:of|in\s+the|at)\s+{AMOUNT_HEDGES}$"),
    # a budget is what is to be spent, whatever the takings around it: "The $4.5 million budget was
    # raised in three parts: pre-sales to distributors covered 60% of it"
    ("cost", "money", "measure", r"^(?:[\w'’.-]+\s+){0,2}budgets?\b"),
    # ... and capital spending an investment, whatever the box office named beside it: "expects capital
    # expenditure of $175 million to $225 million, and that premium screens account for 14% of box office"
    ("investment", "money", "measure", r"^(?:[\w'’.-]+\s+){0,2}(?:capital\s+(?:expenditures?|spending)|capex)$"),
    # money a figure's own verb says was raised is raised, whatever another figure before it took: "A
    # studio whose films grossed $2 billion last year has raised $42 million" (not "The film raised $5
    # million at the box office")
    ("investment", "money", "left", rf"\b(?:{_RAISING})\s+{AMOUNT_HEDGES}$", ("left", BOX_OFFICE_WORDS)),
    # (a figure's own verb of takings first: "Made on a budget of Rs 40 crore, the film earned Rs 1.75 crore")
    ("box_office", "money", "sentence", BOX_OFFICE_WORDS),
    ("box_office", "money", "right", r"^\s+(?:[\w-]+\s+){0,2}(?:debut|opening\s+(?:weekend|day)|weekend\s+haul)\b"),
    ("audience", "count percent", "head", _AUDIENCE),
    # a share of people by what they watched or listened to: "55% of Americans aged 12 and older have listened
    # to a podcast in the past month" (not what they said about it: a survey's answer)
    ("audience", "percent", "measure", r"^(?![\s\S]*\b(?:said|say|says|think|believe)\b)[\s\S]*\bwho\s+(?:now\s+)?"
                                       r"(?:have\s+|had\s+)?(?:watch(?:ed|es)?|listen(?:ed|s)?|stream(?:ed|s)?|view(?:ed|s)?)\b"),
    # ... and a change of them, whose measure opens on them: "752 million users of paid subscription
    # accounts, up 10.6%" (no subscription takings)
    ("audience", "percent", "measure", rf"^(?:[\w'’-]+\s+){{0,2}}?(?:{_AUDIENCE})\s+of\b"),
    # members of a subscription are its audience (a union's or a guild's are not): "Cinema subscription plans hit 3
    # million members"
    ("audience", "count", "head", r"members", ("sentence", r"\bsubscriptions?\b")),
    # ... right before the verb, past their age: "An estimated 158 million Americans aged 12 and older listened to a
    # podcast in the past month"
    ("audience", "count", "right", r"^\s+(?:aged\s+\d[^,;.]{0,30}?\s+)?(?:have\s+|had\s+)?(?:watch(?:ed|es)?|stream(?:ed|s)?|"
                                   r"listen(?:ed|s)?\s+to|play(?:ed|s)?|tun(?:ed|es?)\s+in)\b",
     ("surface", r"\b(?:people|adults|americans|britons|europeans|consumers|children|teenagers|teens|households)$")),
    # people counted by what they watch, play or use: "more than 1 billion people watch podcasts"
    ("audience", "count", "measure", r"^(?:people|adults|consumers|americans|gamers)\s+who\s+(?:now\s+)?(?:have\s+)?"
                                     r"(?:watch(?:ed)?|stream(?:ed)?|use[ds]?|play(?:ed)?|listen(?:ed)?|visit(?:ed)?|"
                                     r"subscribe[ds]?|download(?:ed)?|tried)\b"),
    # a staff cut by a share is jobs: "Kestrel said it had cut its staff by 20%"
    ("jobs", "percent", "left", rf"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|"
                                rf"shr[iau]nk(?:s|ing)?)\s+(?:its|their|the|our)\s+(?:[\w-]+\s+)?"
                                rf"(?:staff|workforce|headcount|employees|jobs|crews?|teams?)\s+by\s+{AMOUNT_HEDGES}$"),
    # a share more or fewer workers is a change in jobs: "we need about 30% fewer junior compositors"; so are
    # more or fewer days or hours worked: "its members had worked 18% fewer days on music videos"
    ("jobs", "percent", "right", rf"^\s+(?:fewer|more|less)\s+(?:[\w-]+\s+){{0,2}}?(?:{_OCCUPATIONS}|staff|staffers|employees)\b"),
    # (not hours per unit of work: "artists using AI coloring tools work about 30% fewer hours per episode")
    ("jobs", "percent", "right", r"^\s+(?:fewer|more|less)\s+(?:paid\s+|working\s+|shooting\s+)?(?:days|hours|shifts)\b"
                                 r"(?!\s+(?:per|a|an|each)\b)",
     ("left", r"\b(?:worked|work|working|works|employed|booked)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?$")),
    # a share or a number of staff doing something is no count of jobs: "60% of its creative staff use AI
    # daily", "About 50,000 of its 108,000 staff now use its platform"
    ("other", "percent", "head", r"staff|staffers|employees|workforce",
     ("right", rf"^(?:\s+of\s+(?:its|their|the|our)\s+(?:[\w-]+\s+){{0,2}}?(?:staff|staffers|employees|workforce))?"
               rf"\s+{_STAFF_USING}")),
    ("other", "count", "right", rf"^\s+of\s+(?:its|their|the|our)\s+(?:[\d,.]+\s+)?(?:[\w-]+\s+){{0,2}}?"
                                rf"(?:staff|staffers|employees|workforce|workers)\s+{_STAFF_USING}"),
    ("jobs", "count percent", "head", _JOBS, ("noun", rf"^(?![\s\S]*\b{_POSTED}\s+posts$)")),
    # cuts counted where jobs are spoken of are cuts of jobs ("with roughly 3,000 cuts announced by the end
    # of June"; not "made 12 cuts to the film")
    ("jobs", "count", "head", r"cuts",
     ("sentence", r"\b(?:jobs?|layoffs?|laid\s+off|workforce|staff|employees|positions|announced)\b")),
    # workers counted where a workforce is spoken of: "has shed about a third of its workforce, falling to
    # roughly 8,000 workers"
    ("jobs", "count", "head", _OCCUPATIONS, ("sentence", r"\b(?:workforce|headcount)\b")),
    # the people that cuts affect are the jobs cut: "The cuts affect about 100 people"
    ("jobs", "count", "left", rf"\b(?:cuts|layoffs|lay-offs|redundancies|job\s+losses)\s+(?:will\s+|would\s+|could\s+)?"
                              rf"(?:affect|affects|affected|hit|hits)\s+{AMOUNT_HEDGES}$"),
    # how many of a trade there are: "The number of employed animators fell by a third"
    ("jobs", "count percent", "measure", rf"^number\s+of\s+(?:employed\s+|working\s+)?(?:[\w-]+\s+)?(?:{_OCCUPATIONS})$"),
    # "December ticket sales": takings, not a firm's sales; "the number of tickets sold": admissions
    ("box_office", "money percent", "measure", r"box[\s-]office|ticket\s+sales|admissions|takings|"
                                               r"(?:weekend|opening|domestic|worldwide|global|international|overseas|"
                                               r"cumulative|lifetime)\s+gross(?:es)?|cumes?|"
                                               # (a film's opening or debut weekend: "roars to $318 million global opening")
                                               r"(?:weekend|domestic|worldwide|global|international|overseas|box-office)\s+"
                                               r"(?:opening|debut)s?$"),
    ("box_office", "count", "measure", r"tickets|ticket\s+sales|admissions|footfalls?|(?:movie|cinema|film)-?goers"),  # ("Ticket sales reached 325,000")
    # what a person earns in a year is pay, not takings, and so is its move: "the median annual income reported
    # was £18,000", "…, down 7.2 percent from 2023"
    ("other", "money percent", "measure", r"\b(?:median|average|mean|typical|household|personal)\s+(?:annual\s+|yearly\s+)?"
                                  r"(?:income|earnings|pay|salary|wages?)\b"),
    # ... and people counted by what they earn earn no takings: "of whom fewer than 1,000 earn a full-time living"
    ("other", "count", "measure", r"\bwho\s+(?:\w+\s+)?earn(?:s|ed)?\b"),
    # ... and what people who work earn, together: "Creators on the platform earned $427.9 million"
    ("other", "money", "measure", rf"^(?:[\w'’-]+\s+)?(?:{WORKING_PEOPLE}|{WORKING_PERSON})\s+earnings(?:\s+from\s[\s\S]*)?$"),
    # what a verb of takings says came from ads, subscriptions or sales is revenue: "had made an estimated $500,000 a
    # year from ads" (what people earn from them is pay, read above)
    ("revenue", "money", "left", rf"\b(?:{_TAKINGS}|earning|generat(?:ed|es))\s+{AMOUNT_HEDGES}$",
     ("right", r"^(?:\s+a\s+(?:year|month|week))?\s+(?:from|in)\s+(?:[\w-]+\s+){0,2}?(?:ads|advertising|ad\s+revenue|"
               r"subscriptions|sponsorships?|merchandise|merchandising)\b")),
    # a figure per share is a profit, a payout or a price, never takings: "earnings of $6.97 per share"
    ("other", "money", "surface", r"\s(?:per|a)\s+share$"),
    # a share of a market is neither takings nor an audience: "hold about a 40% share of paid subscriptions"
    # (not a share of people: "The share of advertising agencies using generative AI rose to 71%", nor of
    # an audience's time: "a record 41.6% share of TV viewing")
    ("other", "percent", "measure", rf"^share\s+of\s+(?![\s\S]*\b(?:{_PEOPLE_GROUPS}|subscribers|viewers|households|"
                                    rf"users|audiences?|viewing|watching|listening|watch\s+time|TV\s+time|ratings)\b)"),
    # what changes hands in a market of shares is trading, not a firm's takings: "turnover exceeded 68
    # billion yuan" in a passage about a sector's stocks
    ("other", "money", "measure", r"^(?:[\w'’-]+\s+){0,2}(?:turnover|trading\s+volume)$", ("context", _STOCK)),
    # takings lost are a cost: "would cost creators more than $1.3 billion in lost revenue"
    ("cost", "money", "measure", r"\b(?:lost|forgone|missed)\s+(?:revenues?|sales|income|earnings)\b"),
    # adjusted or net earnings are a profit, not takings: "quarterly adjusted earnings of $1.45 per share,
    # beating analysts' average estimate of $1.20"
    ("other", "money percent", "measure", r"\b(?:adjusted|net|operating|pre-?tax|core)\s+(?:[\w-]+\s+)?(?:earnings|income)\b"),
    # where a price starts is a price, whatever it is the price of ("pay for a subscription that starts at $12
    # a month")
    ("cost", "money", "left", rf"\b(?:starting|starts?)\s+(?:at|from)\s+{AMOUNT_HEDGES}$"),
    # what a service's customers pay is its price: "Gemini Ultra subscribers, who pay $249.99 a month"
    ("cost", "money", "left", rf"\b(?:subscribers|customers|users|viewers|members|fans|buyers|clients),?\s+(?:who\s+)?"
                              rf"(?:now\s+|still\s+|typically\s+)?(?:pay|paid)\s+{AMOUNT_HEDGES}$"),
    # what people at work earn, moved, is pay: "voice actors have seen their earnings fall by 32%",
    # "animators lose a third of their income" (no firm's takings)
    ("other", "money percent", "left", rf"\b(?:{_EARNERS})\b[^,;.]{{0,40}}\b{_THEIR_PAY}\b[^,;.]{{0,40}}$"),
    ("other", "percent", "surface", rf"\bof\s+{_THEIR_PAY}$", ("left", rf"\b(?:{_EARNERS})\b")),
    # ... and one person's, whoever the person is: "She estimates her income fell by about 40%", "my earnings halved"
    # (its old value and its new one both: "her income fell from about $80,000 in 2022 to less than $35,000")
    ("other", "money percent", "left", r"\b(?-i:his|her|my|His|Her|My)\s+(?:[\w-]+\s+)?(?:earnings|incomes?|pay|wages?|salary)\b"
                                       r"(?:[^,;.]{0,40}|[^,;.]{0,40}\bfrom\s+[^;]{0,45}?\bto\s+(?:less\s+than\s+|about\s+|nearly\s+)?)$"),
    # ... or by the earners' possessive: "members' earnings had fallen by up to 40%"
    ("other", "money percent", "measure", rf"\b(?:{_EARNERS})['’]s?\s+(?:[\w-]+\s+)?(?:earnings|incomes?|pay|wages?)\b"),
    # the price shares were first sold at is a share price: "since their June 2024 listing at $21"
    ("stock_move", "money", "measure", r"^(?:[\w&.'’-]+\s+){0,3}listing\s+price$"),
    # a market index's own move: "outperforming the benchmark KOSPI's 0.8 percent gain"
    ("stock_move", "percent", "measure",
     r"^(?:" + "|".join(STOCK_INDEX_NAMES) + r")\b(?:\s+\d{2,4})?(?:\s+[Ii]ndex|\s+Composite)?$"),
    # a part of the cuts, layoffs or jobs named before: "About 1,000 of the cuts were made this week"
    ("jobs", "count", "right", r"^\s+of\s+(?:the|those|these|its|their)\s+(?:job\s+)?(?:cuts|layoffs|lay-offs|redundancies|"
                               r"positions|roles|jobs)\b"),
    # a rate levied on takings is no takings: "a levy of 1 per cent on streamers' UK revenues"
    ("other", "percent", "measure", r"^(?:levy|tax|duty|surcharge|tariff|charge|fee)\s+on\b"),
    # a business line named by its trade is its takings: "Overseas licensing grew 31%"
    ("revenue", "money percent", "measure", rf"{_NO_HEAD_OF_TRADE}[\s\S]*\b(?:licensing|merchandising|ticketing)$"),
    # a share of people who went to the cinema or watched is an audience's: "43% of French people went to a cinema at
    # least once last year"
    ("audience", "percent", "measure", r"^(?:[\w'’.-]+\s+){0,3}(?:people|adults|children|teenagers|households|"
                                       r"consumers|residents|citizens|[A-Z][a-z]+(?:ans|ers|ese|ish|ons))\s+who\s+"
                                       r"(?:went|go|goes|visited|visit|attended|attend|watched|watch|watches|streamed|"
                                       r"listened)\s+(?:to\s+)?(?:a|the|at|an)?\s*(?:cinemas?|movies|theat(?:er|re)s?|films?|"
                                       r"TV|television|videos?|streaming|podcasts?)\b"),
    # a share of people by what they do is no takings, whatever they do: "Only 2% of Equity members earn a living"
    # (not an answer they gave: "TV writers who said they had been asked to use AI" is a survey's)
    ("other", "percent", "measure", rf"^(?:[\w'’.-]+\s+){{0,3}}(?:people|{WORKING_PEOPLE})\s+who\s+(?!(?:said|say|says|think|thinks|"
                                    r"thought|believe|believes|expect|expects|expected|reported|report|agreed|agree|told|"
                                    r"feel|feels|felt|fear|fears|feared|worry|worried|plan|plans|planned|voted|"
                                    # (nor those who answered it: "72% of the 1,200 creative workers who responded")
                                    r"responded|respond|answered|took\s+part|participated|completed)\b"
                                    # (nor those who lost work, a share of jobs gone: "36% of translators had already
                                    # lost work because of generative AI")
                                    r"|(?:had\s+|have\s+|has\s+)?(?:already\s+)?(?:lost|lose|losing)\s+(?:their\s+)?(?:work|jobs?)\b)"),
    # what is spent on takings' words is spent: "spends about $2,000 a month on subscriptions"
    ("cost", "money percent", "measure", r"^(?:spending|spend|expenditures?|outlays?|costs?)\s+(?:on|of|for)\b"),
    # a ratio is no amount of what it divides: "the average price-to-earnings ratio of about 25 times"
    ("other", "count percent", "measure", r"\bratios?$"),
    # damages, fines and settlements are what someone pays, whatever the sentence's other words ("The record industry
    # had sought damages of up to $150,000 for each of the 1,600 songs, which could have exceeded $240 million")
    ("cost", "money", "measure", r"^(?:[\w'’-]+\s+){0,5}(?:damages|fines?|penalties|settlements?)$"),
    # a price named as such, whatever it is the price of: "raise the price of its Unity Pro subscription by 8%"
    # (not a stock's: "the stock price of Adobe fell by more than 7%")
    ("cost", "money percent", "measure", r"^(?:(?!stock\b|share\b)[\w'’-]+\s+){0,2}(?:price|prices|fee|fees)\s+(?:of|for)\b"),
    # a share of the receipts of a box office report is box office: "Japan's total box office rose 11% …, with
    # anime accounting for roughly 40% of receipts"
    ("box_office", "percent", "measure", r"\bshare\s+of\s+(?:[\w'’-]+\s+){0,2}(?:receipts|takings)$", ("sentence", BOX_OFFICE_WORDS)),
    # what working people earn is pay, no takings: "freelance visual effects artists earnings" (the level before it
    # too: "earned an average of £31,000, down from £46,000")
    ("other", "money percent", "measure", rf"\b(?:{WORKING_PEOPLE})['’]?\s+(?:earnings|income|pay|wages?)$"),
    ("revenue", "money percent", "measure", _REVENUE),
    # a count of subscriptions is an audience, like subscribers; of copies or purchases, sales
    ("revenue", "count", "measure", r"^(?![\s\S]*\bsubscriptions?\b)[\s\S]*\b(?:" + _REVENUE + r")\b"),
    # a multiple of a valuation or of funding: "more than doubling the company's valuation", and its change
    # in percent: "Funding for generative AI start-ups rose 35%" (not "investment" alone: "return on investment")
    ("investment", "count percent", "measure", r"valuations?|funding|financing"),
    # "the market size was valued at": the market's size, before the valuation of a company (and a market's
    # segment: "The text-to-video segment was valued at USD 412.6 million")
    ("market_size", "money", "left", r"\b(?:market|industry|sector|segment)(?:\s+size)?\s+(?:was|is|were|are|has\s+been)\s+"
                                     r"(?:valued|estimated|put)\s+at\s*$"),
    # an analyst's price target is a share price level, neither a price paid nor money raised
    ("other", "money", "left", r"\b(?:price\s+target|target\s+price)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}$"),
    # ... and so is its change: "cut his target price by 8 percent to 280,000 won"
    ("other", "percent", "left", rf"\b(?:price\s+target|target\s+price)s?\s+(?:(?:on|for)\s+(?:[\w&.'’-]+\s+){{1,4}})?by\s+"
                                 rf"{AMOUNT_HEDGES}$"),
    # what a levy or a tax raises is no funding: "The levy could raise about 1 billion reais a year"
    # (and what one raised by a relative clause: "a licence fee of €18.36 per household per month, which raised")
    ("other", "money", "left", rf"\b(?:levy|levies|tax|taxes|duty|duties|surcharge|(?:licen[cs]e|tv)\s+fees?)\s+"
                               rf"(?:(?:\w+\s+){{0,2}}|(?:[^.;]|\.\d){{0,60}},\s+which\s+)(?:{_RAISING})\s+{AMOUNT_HEDGES}$"),
    # money raised is the verb's object: "raised $308 million", not the new level of what was
    # raised, "raised its price target on the stock to $900", nor what it was raised by ("raising Pixar's annual
    # technology budget by about $100 million")
    ("investment", "money", "left", rf"\b(?:{_RAISING})\s+(?:(?!to\b|from\b|by\b)[\w'’-]+\s+){{0,6}}$"),
    # ... or money put into something: "Google will put $3 million into a fund for short films"
    ("investment", "money", "left", rf"\b(?:put|puts|putting|pour|pours|poured|pouring|sink|sinks|sank|sinking)\s+{AMOUNT_HEDGES}$",
     ("right", r"^(?:\s+\w+){0,3}?\s+into\b")),
    # ... or put in by a backer: "Hong Kong fund Horizons, which put in HK$1.5 billion"
    ("investment", "money", "left", rf"\b(?:put|puts|putting|pumped|pumps|poured|pours|ploughed|plowed)\s+in\s+{AMOUNT_HEDGES}$"),
    # ... or public money set aside for a purpose: "The city council approved $2.3 million over two years to market
    # Albuquerque to film and television productions"
    ("investment", "money", "left", rf"\b(?:approved|approves|allocated|allocates|earmarked|earmarks)\s+{AMOUNT_HEDGES}$"),
    # ... or secured, right before it ("Kinemo secures $20 million"; not "secured a $50 million contract")
    ("investment", "money", "left", rf"\b(?:secur(?:es|ed|ing)|nabs|nabbed|bags|bagged)\s+{AMOUNT_HEDGES}$",
     ("right", r"^(?!\s+(?:[\w-]+\s+){0,2}(?:contracts?|deals?|orders?|commissions?|awards?)\b)")),
    # rights bought are paid for, no stake in a business: "close to acquiring global rights to the
    # thriller for more than $15 million" (as "paid $8 million for North American rights" is)
    ("cost", "money", "left", r"\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|purchasing)\s+"
                              r"(?:[\w'’-]+\s+){0,3}?rights\b[^,;.]{0,80}\bfor\s+"
                              r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|an\s+estimated\s+)?$"),
    # savings an amount is, whoever they were promised to: "has promised investors $3 billion in annual savings"
    ("cost", "money", "right", r"^\s+(?:a\s+year\s+)?in\s+(?:(?:annual|yearly|cost|run-rate|operating)\s+)?savings\b"),
    ("investment", "money", "left", rf"(?<!\w)(?!(?:{_RAISING})\b)(?:{_INVEST})\b[^,;.]{{0,40}}$",
     # (not a price named between: "funded mainly by a household licence fee of €18.36 a month")
     # (nor what a deal saves: "the deal is expected to save about 100 billion won")
     ("left", r"^(?![\s\S]*\b(?:fees?|prices?|costs?|charges?|fares?|subscriptions?)\s+(?:of\s+)?(?:[\w-]+\s+)?$)"
              r"(?![\s\S]*\bsav(?:e|es|ed|ing)\b)")),
    # a share of a company held: "Tencent will hold a 25% stake"
    ("investment", "percent", "right", r"^\s+(?:equity\s+|minority\s+|majority\s+|controlling\s+)?(?:stake|holding|shareholding)\b"),
    # a platform's commission: "before Valve's 30% cut"
    ("cost", "percent", "right", r"^\s+(?:cut|commission|fee|take)\b", ("left", r"[A-Z][\w&.-]*['’]s\s+$")),
    # a price the sentence opens on: "At $14.99, that implies gross sales of roughly $15 million"
    ("cost", "money", "left", r"^\s*(?:At|For)\s+$", ("right", r"^(?:\s+(?:each|apiece|a\s+copy|a\s+ticket))?\s*,")),
    # what a company expands or is launched with: "Pinewood expands with £150m AI-ready stages", "launches AI
    # animation studio with $20m"
    ("investment", "money", "left", rf"\b(?:expand(?:s|ed|ing)?|launch(?:es|ed|ing)?\b[^,;.]{{0,60}}?)\s+with\s+{AMOUNT_HEDGES}$"),
    # where shares began trading: "Starz shares, which began trading at $15.50, closed at $13.40"
    ("stock_move", "money", "left", r"\b(?:began|begin|begins|started|start|starts|opened|debuted)\s+trading\s+at\s+$"),
    # where shares stood: "The shares were little changed at $132.50"
    ("stock_move", "money", "left", r"\b(?:shares|stock)\s+(?:were|was|closed|ended|traded|stood|finished)\b[^,;.]{0,30}?\bat\s+$"),
    # ... or in a participle after their move: "Shares of MiniMax more than doubled on Friday, closing at HK$345"
    ("stock_move", "money", "left", r"(?:,\s+|\band\s+)(?:closing|ending|finishing|settling)\s+(?:the\s+day\s+)?at\s+$",
     ("sentence", r"\b(?:[Ss]hares|[Ss]tocks?)\b")),
    # ... or where a named stock closed, its move after it: "Vieworks closed at 45,500 won, up 29.9% (upper limit)"
    ("stock_move", "money", "left", r"\b(?:closed|ended|finished|settled)\s+(?:the\s+day\s+)?at\s+$",
     ("right", r"^\s*,\s+(?:up|down)\s+[\d.]+\s*(?:%|percent|per\s+cent)")),
    # the price shares are sold at in an offering is investment, as the shares are: "against an offer price of HK$165"
    ("investment", "money", "left", r"\b(?:offer|offering|IPO|issue)\s+price\s+(?:of\s+)?$"),
    # a stake put on something: "Gulf studio bets $250m on AI film slate"
    ("investment", "money", "left", rf"\b(?:bets?|betting|wager(?:s|ed|ing)?)\s+{AMOUNT_HEDGES}$", ("right", r"^\s+on\b")),
    # ... but what advertisers commit is what they will spend on ads: "Advertisers will commit about $17.6
    # billion to primetime television" (as "Advertisers will spend $17.6 billion" is)
    ("cost", "money", "left", rf"\b(?:advertisers|marketers|brands|ad\s+buyers|media\s+buyers)\s+(?:[\w'’-]+\s+){{0,3}}?"
                              rf"(?:set\s+aside|earmark(?:ed|s|ing)?|allocat(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|"
                              rf"commit(?:ted|s|ting)?)\s+{AMOUNT_HEDGES}$"),
    # money set aside for a purpose is funding: "it had set aside 2 million euros to support training",
    # "earmarked £5 million for AI skills", "pledged 10 million euros to dubbing studios", "will pool €500
    # million over five years to develop shared AI tools" (not what a sector "contributed" to an economy)
    ("investment", "money", "left", rf"\b(?:set\s+aside|earmark(?:ed|s|ing)?|allocat(?:e|ed|es|ing)|pool(?:s|ed|ing)?|"
                                    rf"pledg(?:e|ed|es|ing)|commit(?:ted|s|ting)?)\s+{AMOUNT_HEDGES}$"),
    # ... and a sum that boosts a sector or a fund: "$50 million boost for Australian screen sector"
    ("investment", "money", "right", r"^\s+(?:funding\s+|cash\s+)?boost\s+(?:for|to)\b"),
    # ... and a sum for a body to fund something with: "includes $20 million for Screen Australia to fund children's
    # television"
    ("investment", "money", "right", r"^\s+for\s+[^,;.]{2,40}?\s+to\s+(?:fund|support|finance|back|develop)\b"),
    # ... and so is money provided or granted to support something: "will provide $50 million over four years to
    # support Australian screen content"
    ("investment", "money", "left", rf"\b(?:provid(?:e|es|ed|ing)|grant(?:s|ed|ing)?|award(?:s|ed|ing)?)\s+{AMOUNT_HEDGES}$",
     ("right", r"^(?:\s+(?:over|in|during|across)\s+[^,;.]{1,25}?)?\s+to\s+(?:support|fund|help|develop|back|boost|"
               r"promote|finance)\b")),
    # "agreed to buy Melbourne-based video company Leonardo for about A$300 million"
    # (past an aside on what is bought: "to acquire Redline Studios, an independent visual effects company, for")
    ("investment", "money", "left", r"\b(?:buy|buys|bought|acquire[sd]?|acquiring|purchase[sd]?)\b[^,;.]{0,80}"
                                    r"(?:,\s+(?:an?|the)\s+[^,;.]{1,80},\s+)?\bfor\s+"
                                    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|an\s+estimated\s+)?$"),
    # the figure's own verb of costing: "the strike cost California's economy $5 billion", "a
    # comparable shoot would have run at least $100,000"
    ("cost", "money", "left", r"\bcost(?:s|ing)?\b[^,;.]{0,40}$"),
    ("cost", "money", "left", rf"\b(?:would\s+have\s+run|would\s+run|runs|ran)\s+{AMOUNT_HEDGES}$"),
    # what was spent, by the figure's own verb: "the state's film industry spent a record $680 million"
    ("cost", "money", "left", rf"\b(?:spent|spends|spend|spending)\s+{AMOUNT_HEDGES}$"),
    # what people at work are paid is neither a firm's takings nor a price: "the median visual
    # effects artist earned $99,800", "animators are paid $20 an hour"
    ("other", "money", "left", rf"\b(?:{_EARNERS})\b[^,;.]{{0,40}}\b(?:earn(?:ed|s|ing)?|makes|made|take\s+home|takes\s+home|"
                               rf"took\s+home|(?:are|were|is|was|get|gets|got|being)\s+paid)"
                               rf"\s+(?:a\s+median\s+(?:of\s+)?|an?\s+average\s+(?:of\s+)?)?{AMOUNT_HEDGES}$"),
    # what a job pays is pay: "It pays $18 an hour", "roles that paid $90,000 a year"
    ("other", "money", "left", rf"\b(?:jobs?|work|roles?|positions?|gigs?|it|which|that)\s+(?:pays|paid|paying)\s+{AMOUNT_HEDGES}$",
     ("surface", r"\s(?:an?|per)\s+(?:hour|day|week|month|year|shift)$")),
    # what is paid to settle or as damages is a cost to who pays: "agreed to pay $1.5 billion to
    # settle", "damages of up to $150,000 for each work"
    ("cost", "money", "left", rf"\b(?:to\s+pay|pays|paid|paying|refunds?|refunded|refunding|damages\s+of|settlements?\s+of)\s+{AMOUNT_HEDGES}$"),
    # a cost that is a share lower or higher: "AI-made ads cost 90% less", "at 70% lower cost"
    ("cost", "percent", "left", r"\bcosts?\s+$", ("right", r"^\s+(?:less|more|lower|higher)\b")),
    ("cost", "percent", "right", r"^\s+(?:lower|higher|less|cheaper)\s+(?:costs?|prices?|spending)\b"),
    # what a payer pays whom it pays: "Spotify pays rights holders an average of between $0.003 and $0.005 per stream"
    ("cost", "money", "left", rf"\b(?:pays|paid|paying)\s+(?:(?!to\b|from\b)[a-z][\w'’-]*\s+){{1,3}}?(?:an?\s+average\s+(?:of\s+)?)?"
                              rf"(?:between\s+)?{AMOUNT_HEDGES}$"),
    # what a suit seeks is damages: "Record labels sue AI music generator, seeking up to $150,000 per song"
    ("cost", "money", "left", rf"\bseek(?:s|ing)?\s+{AMOUNT_HEDGES}$",
     ("context", r"\b(?:sue[sd]?|suing|lawsuits?|suits?|complaint|court|damages|claims?)\b")),
    # what buyers pay is a price: "subscribers to its top plan pay $249.99 a month"
    ("cost", "money", "left", rf"\b(?:{_PAYERS})\s+(?:[\w-]+\s+){{0,6}}?pay\s+{AMOUNT_HEDGES}$"),
    # a penalty by its verb: "fined the maker of the app $18 million"
    ("cost", "money", "left", r"\b(?:fined|fines|fine|penali[sz]ed)\b[^,;.]{0,60}$"),
    ("investment", "money", "measure", _INVEST),
    ("investment", "money", "right", r"^\s*(?:of|in)\s+(?:\w+\s+){0,2}(?:funding|capital|financing|investment|round)"),
    # and one an investor led in a passage about funding: "- Luma AI: $900 million, led by Humain"
    ("investment", "money", "right", r"^,?\s+(?:round\s+)?led\s+by\b",
     ("context", r"\b(?:fund(?:ing|ed|s)?|rais(?:e|ed|es|ing)|investors?|valuations?|series\s+[a-h])\b")),
    # what is spent across a market is spending, not the market ("content spending across the sector")
    # (or its head, however many words before it: "British Columbia's film and television industry spending")
    ("cost", "money", "measure", r"^(?:[\w-]+\s+){0,2}(?:spending|spend|costs?|budgets?|expenditures?|outlays?|savings)\b"
                                 r"|\b(?:spending|costs|budgets?|expenditures?|outlays?)$"),
    # output or value per worker or per head is neither a market nor takings: "Output per worker in the sector"
    ("other", "money", "measure", r"^(?![\s\S]*\b(?:revenue|sales|earnings|spending|costs?|prices?)\b)[\s\S]*\bper\s+"
                                  r"(?:worker|employee|head|capita|person|job)\b"),
    # public money for a market is funding, not the market: "public support for the sector would total €780 million"
    ("investment", "money", "measure", r"^(?:public|state|government|federal|national)\s+(?:support|aid|funding)\b"),
    # what a thing sold for at a market is its price: "Cannes market: AI thriller sells to Lionsgate for $15 million"
    ("cost", "money", "measure", r"\b(?:sale|asking)\s+prices?$"),
    ("market_size", "money", "measure", _MARKET),
    # "a market worth", never a bare "worth": "the laptop is worth $2,000" is a price
    ("market_size", "money", "left", r"(?:market\s+(?:size|value|worth)|(?:market|industry|sector)\s+"
                                     r"(?:\w+\s+){0,2}(?:valued\s+at|worth))\b[^,;.]{0,20}$"),
    # a move in a passage about shares, once its own measure said it is not takings ("Revenue
    # rose 11%" after "sending its shares up 4%" is revenue)
    # a move of an audience the figure measures, whatever shares the paragraph before moved: "89.8
    # million streaming households, up 12% from a year ago"
    ("audience", "percent", "measure", rf"^(?:[\w'’-]+\s+){{0,3}}(?:{_AUDIENCE})$"),
    # ... or of jobs: "shed more than 45,000 jobs so far this year, …, up 18% from the same period"
    ("jobs", "percent", "measure", rf"^(?:[\w'’&-]+\s+){{0,3}}(?:{_JOBS})$"),
    # ... and jobs for whom: "openings for entry-level artists dropped by more than half"
    ("jobs", "percent", "measure", rf"^(?:[\w'’&-]+\s+){{0,2}}(?:{_JOBS})\s+for\s+"),
    # ... and a move of a cost the figure measures: "The cost of generating a minute of video … fell more than 90%"
    ("cost", "percent", "measure", r"^(?:[\w'’-]+\s+){0,2}(?:costs?|spending|budgets?|bills|(?<!stock\s)(?<!share\s)prices?|"
                                   r"(?:insurance\s+)?premiums)\b"),  # ("raised premiums for films … by 15% to 25%")
    ("stock_move", "percent", "left", MOVED_BY, ("context", _STOCK)),
    # a company, named, up or down by a share, and nothing else measured: "Adobe is down 2.8%" (not
    # "Revenue is down 2.8%")
    ("stock_move", "percent", "left", r"(?:^|[—–]\s*)\s*(?!(?:" + "|".join(sorted(MEASURE_NOUNS)) + r")\b)"
                                      r"(?:(?-i:[A-Z])[\w&.'’-]*\s+){1,4}(?:is|was|are|were)\s+(?:up|down|higher|lower)\s+$"),
    # ... or moving itself, the name alone before its verb: "11:02 ET — Roku jumps 8% after …" (no place: "China grew 5%")
    # (nor a plural noun opening the sentence: "Complaints rose 40%")
    # (nor a trade: "Streaming rose 6.2%")
    ("stock_move", "percent", "left", r"(?:^|[—–]\s*)\s*(?!(?:" + "|".join(sorted(MEASURE_NOUNS | PLACES | PRONOUNS | TRADE_GERUNDS))
                                      + r")\b)(?!(?-i:[A-Z][a-z]{2,}(?<![su'’])s)\s+" + MOVED_BY.removeprefix(r"\b") + ")"
                                      # (not a share a thing makes up: "AI-Made Songs Now Make Up 28% of Daily Uploads")
                                      + r"(?:(?-i:[A-Z])[\w&.'’+-]*\s+){1,4}(?<!make\s)(?<!makes\s)" + MOVED_BY.removeprefix(r"\b"),
     # (not "added 5% to its subscriber base", "lost a third of our artists")
     ("right", r"^(?!\s+(?:to|of|in)\s+(?:its|their|our|my|his|her|the|a|an)\b)")),
    # ... or a line of a list of movers led by its name: "Roku — The streaming device maker added 5.5% on news …"
    ("stock_move", "percent", "left", rf"(?:^|[—–]\s*)\s*(?:The|Shares\s+of\s+the)\s+(?:[\w'’-]+\s+){{0,3}}(?:{MOVED_VERBS})\s+"
                                      r"(?:by\s+)?(?:about\s+|nearly\s+|as\s+much\s+as\s+)?$",
     # (past an abbreviation's full stop in the name: "Warner Bros. Discovery (WBD) — The media company rose 2.1%")
     ("sentence", r"^\s*(?-i:[A-Z])(?:[^\n—–.]|\.(?=\s)){0,40}\s[—–]\s")),
    # (not a compound's second part: "shots on big-budget films" are no budget)
    # an analyst's price target named after its amount is no price paid either: "a $1,150 price target"
    ("other", "money", "measure", r"\b(?:price\s+targets?|target\s+prices?)$"),
    # (a share of people by what they paid is no cost: "Indians who paid for at least one service"; nor of things by
    # what they offered, named by no cost: "contracts that offered any extra payment")
    # (not time spent: "34% of all the time children spent watching video")
    ("cost", "money percent", "measure", rf"^(?!(?:[\w'’-]+\s+){{1,4}}who\s)"
                                         rf"(?!(?:(?!(?:{_COST})\b)[\w'’-]+\s+){{1,4}}that\s)"
                                         rf"(?!{_TIME_SPENT})[\s\S]*\b(?<!-)(?:{_COST})\b"),
    # sales made at a price are takings: "has sold more than 520 copies of the course for 199 yuan a copy"
    ("revenue", "money", "left", r"\bsold\b[^,;.]{0,80}\bfor\s+(?:just\s+|only\s+|about\s+|around\s+)?$"),
    # what a thing brings in is takings: "a video with 2 million views brings in up to $10,000"
    ("revenue", "money", "left", rf"\b(?:brings?|brought|bringing|rakes?|raked|pulls?|pulled)\s+in\s+{AMOUNT_HEDGES}$"),
    # a penalty is neither a firm's takings nor a price: "fines of up to €15 million"
    ("cost", "money percent", "measure", r"fines?|penalt(?:y|ies)|settlements?"),  # ("a $1.5 billion settlement")
    # what a thing sells for or is worth: "the Harmony Touch for $30", "starting at $448", "$14.95 a month",
    # "$2.11 per gallon" (not "earning $48,000 a year": pay, nor "closed at 3.23 shekels": a level)
    ("cost", "money", "left", r"(?:\b(?:(?<!accounted\s)(?<!accounts\s)(?<!account\s)for|(?<!net\s)worth|starting\s+at|starts\s+at|priced\s+at|budgeted\s+at|retails?\s+at|sells?\s+at|"
                              r"msrp\s+of|rrp\s+of|deals?\s+on)\s+(?:just\s+|only\s+|about\s+|around\s+|"
                              r"roughly\s+|under\s+|as\s+little\s+as\s+)?)$"),
    ("cost", "money", "surface", r"(?:\s(?:per|a|an|each)\s+|/)(?!year\b|yr\b|share\b)[a-z][\w\s.]*$",  # ("$12/month")
     ("left", r"^(?![\s\S]*\b(?:earn\w*|paid|pay|salar\w*|wages?|income|loss|profit|dividend)\b)")),
    # what is spent as it goes, and a price asked: "our daily burn of about $1,500", "the lowest quote I got"
    ("cost", "money", "measure", r"\b(?:burn|burn\s+rate|quotes?)$"),
    # what a course costs a student: "Tuition at top film schools now exceeds $70,000 a year"
    ("cost", "money", "measure", r"\btuition(?:\s+fees?)?$"),
    # a plan's or a tier's amount is its price: "Annual plans will increase to $109.99"
    ("cost", "money", "measure", r"\b(?:plans?|tiers?)$"),
    # a price named after the amount: "the $29.99 monthly plan", "about 60 cents per clip" (not per share)
    ("cost", "money", "right", r"^\s+(?:[\w-]+\s+){0,2}?(?:plan|subscription|tier|membership|fee|pass|licen[cs]e|"
                               r"headset|console|device|phone|camera|glasses)s?\b"),
    ("cost", "money", "right", r"^\s+(?:per|each|a)\s+(?!share\b|year\b|cent\b)(?:[\w-]+\s+)?(?:clip|video|image|minute|"
                               r"seat|user|month|episode|credit|second|generation|frame)s?\b"),
    # a profit or a loss is neither takings nor a cost: "operating profit of 24.8 billion yen"
    ("other", "money percent", "measure", rf"profits?|loss(?:es)?|margins?|{OPERATING_EARNINGS}|operating\s+income|net\s+income"),
    # (its own words, not a relative clause's: "producers who have used it in footage that reached audiences")
    ("audience", "count percent", "measure", rf"^(?:(?!\b(?:who|that|which|whose)\b)[\s\S])*?\b(?:{_AUDIENCE})\b"),
    # a broadcast's rating among a group of viewers: "posted a 3.4 rating among adults 18 to 49"
    ("audience", "count", "surface", r"\bratings?$", ("right", r"^\s+(?:among|with|in\s+the)\s")),
    # a score given on a scale is neither takings nor an audience: "with a rating of 9.1 out of 10"
    ("other", "count", "measure", r"\b(?:rating|score)$"),
    # who used or watched something: "has been used by more than 22 million people"
    # (not a view held: "was seen by 40 analysts as too costly")
    # people who came to see something, counted as its crowd: "A panel on AI in animation drew a crowd of roughly 600"
    ("audience", "count", "left", rf"\b(?:crowds?|audiences?)\s+of\s+{AMOUNT_HEDGES}$"),
    ("audience", "count", "left", rf"\b(?:used|watched|viewed|seen|played|downloaded|visited|streamed)\s+by\s+{AMOUNT_HEDGES}$",
     ("right", r"^(?!\s+as\b)")),
    # a count beside its audience words: of people or of audience, or bare ("Subscribers get 12,500
    # monthly credits" counts credits)
    ("audience", "count", "left", rf"\b(?:{_AUDIENCE})\b[^,;.]{{0,40}}$",
     ("noun", rf"^(?![\s\S]*\b(?:{ORGANISATION_NOUNS})\b)(?:(?:[\w'’-]+\s+){{0,3}}(?:{_AUDIENCE}|{_PEOPLE_GROUPS}|{_PAYERS}|accounts|individuals|persons|"
              r"children|teenagers|adults|kids|men|women|Americans|[A-Z]\w+(?:ans|ese|ish)))?$")),
    # a time or schedule changed by a share, whoever changes it ("Users cut editing time by 40%"): no
    # audience's share
    ("other", "percent", "left", rf"\b(?:{CHANGE_VERBS})\s+(?:[\w'’-]+\s+){{0,4}}?(?:time|times|hours|schedules?|"
                                 rf"turnaround|timelines?)\s+by\s+{AMOUNT_HEDGES}(?:an?\s+average\s+of\s+)?$"),
    ("audience", "percent", "left", rf"\b(?:{_AUDIENCE})\b[^,;.]{{0,40}}$",
     # not what users made ("users have generated 16 billion images"), nor a share of time or money
     # some people bring ("more than half of watch time … came from viewers")
     ("noun", rf"^(?![\s\S]*\b(?:{ORGANISATION_NOUNS}|{PLACE_NOUNS}|{_CAPABILITY_MEDIA}|songs?|tracks?|posts?|works?|"
              r"time|hours|minutes|revenues?|sales|views|streams|spending|income|savings?|discounts?|cuts?|"
              r"increases?|rises?|growth|returns?|margins?)\b)")),  # (nor what clients expect to save: "20% savings")
    # the reach of a service: "reaching 94% of online adults each month"
    ("audience", "percent", "left", rf"\breach(?:es|ed|ing)?\s+{AMOUNT_HEDGES}$",
     ("right", rf"^\s+of\s+(?:[\w-]+\s+){{0,3}}(?:{_AUDIENCE}|people|adults|children|teenagers|consumers|"
               rf"Americans|Britons)\b")),
    # people counted by what they watched: "about 576 million people … watched a micro-drama"
    # people who used a product are its users: "More than 5 million creators used the tools in September"
    ("audience", "count", "right", r"^\s+(?:have\s+|had\s+|now\s+)?(?:used|use|tried|try|downloaded|installed)\s+"
                                   r"(?:the|its|their|a|an|this|these)\s",
     ("noun", r"^(?:[\w-]+\s+)?(?:people|users|customers|viewers|fans|creators|adults|consumers|players|gamers|listeners|"
              r"readers|teens|teenagers|children|students)$")),
    ("audience", "count", "right", r"^(?:[^;.]|\.(?=\d)){0,60}?\b(?:watched|viewed|streamed|tuned\s+in|attended)\b",
     # (a people by its name too: "about 550 million Indians watched online video")
     ("noun", rf"^(?:[\w-]+\s+)?(?:{_PEOPLE_GROUPS}|households|fans|viewers|children|teenagers|[a-z]+(?:ans|ese)|britons)$")),
    # a team's size: "a team of 12", "The team currently has about 150 people", "Our team is 40 people";
    # a studio's own, in its first person: "We are 85 people today"
    ("jobs", "count", "left", r"(?:(?:team|crew|staff|workforce)\s+(?:(?:currently|now|still)\s+)?"
                              # ("expand its AI research team to 120 people from 45": the size it grows to)
                              r"(?:of|has|had|have|numbers|numbered|totals|totalled|totaled|to|is|was)|\b[Ww]e\s+(?:are|were))"
                              r"\s+(?:\w+\s+){0,2}$",
     ("noun", rf"^(?:(?:[\w-]+\s+)?(?:people|persons|{_OCCUPATIONS}|employees|staff|members))?$")),
    # the people of a team or crew, counted: "his team has shrunk from 40 people to 25"
    ("jobs", "count percent", "measure", r"^(?:[\w'’-]+\s+){0,2}(?:teams?|crews?)$"),
    # the size of an organisation in people: "a 40-person animation studio", "a 12-person startup"
    ("jobs", "count", "surface", r"\d-(?:person|people|strong|member)\b"),
    ("jobs", "count", "left", r"(?:employs?|employed|employing|hires?|hired|hiring|headcount\s+(?:of|at|to|by))\s+(?:\w+\s+){0,2}$",
     ("noun", r"^(?![\s\S]*\b(?:books?|films?|titles?|episodes?|projects?|shows?|series|games?|ads?)\b)")),  # not works
    # people let go: "laid off 900 people, or about 8% of its workforce"
    ("jobs", "count", "left", r"\b(?:laid\s+off|lay\s+off|lays\s+off|laying\s+off|fired|fires|firing|let\s+go|axed|axing|"
                              r"eliminated|eliminating|shed|sheds|shedding|cut|cuts|cutting)\s+"
                              r"(?:(?:about|roughly|nearly|some|another|around|more\s+than|up\s+to|almost)\s+)*$",
     ("noun", rf"^(?:[\w-]+\s+)?(?:{_PEOPLE_GROUPS}|{_OCCUPATIONS}|staff|staffers|employees)$")),
    # workers whose jobs or livelihoods something puts at risk: "could threaten the livelihoods of some 2,000 dubbing artists"
    ("jobs", "count", "left", r"\b(?:jobs|livelihoods|employment|work)\s+of\s+(?:(?:about|roughly|nearly|some|around|more\s+than|"
                              r"up\s+to|almost|an\s+estimated)\s+)*$",
     ("noun", rf"^(?:[\w-]+\s+)?(?:{_PEOPLE_GROUPS}|{_OCCUPATIONS}|staff|staffers|employees)$")),
    # a bare number let go is people ("Animation studio Pixelhaus to close, laying off 140"), where
    # "cut 140" may be of anything
    ("jobs", "count", "left", r"\b(?:laid\s+off|lay\s+off|lays\s+off|laying\s+off|fired|fires|firing|axed|axing)\s+"
                              r"(?:(?:all|about|roughly|nearly|some|another|around|more\s+than|up\s+to|almost)\s+)*$",
     ("noun", r"^$")),
    # people who work ("4,000 animators from 138 studios worked on the film"; the studios are no jobs;
    # "12,400 cast and crew employed on local productions")
    ("jobs", "count", "right", r"^(?:\s+and\s+[\w-]+)?(?:\s+(?:from|at|in|across)(?:\s+[\w-]+){1,4}?)?\s+(?:people\s+)?"
                               r"(?:work|worked|working|(?:are\s+|were\s+)?employed)\b",
     ("noun", rf"^(?![\s\S]*\b(?:{ORGANISATION_NOUNS}|{PLACE_NOUNS})\b)")),
    # "more than 10,500 people in the industry lost their jobs": people who lost their work
    ("jobs", "count", "right", r"^[^,;.]{0,60}?\b(?:lost\s+(?:their|its)\s+(?:jobs?|positions?|work)|"
                               r"(?:were|was|have\s+been|had\s+been|being)\s+(?:laid\s+off|fired|let\s+go|made\s+redundant))\b"),
    # ... and those left without it: "leaving about 3,000 artists without jobs", "left 400 staff out of work"
    ("jobs", "count", "right", r"^\s+(?:without\s+(?:jobs?|work|employment)|out\s+of\s+(?:a\s+)?(?:jobs?|work))\b"),
    # the votes cast are a vote's count, as those who cast them are ("with 499 votes in favour")
    ("survey", "count", "surface", r"\bvotes\b"),
    # how many of a trade there are is a workforce: "there are about 6,000 animators in the country"
    ("jobs", "count", "left", rf"\bthere\s+(?:are|were)\s+(?:now\s+)?{AMOUNT_HEDGES}$", ("noun", _OCCUPATIONS)),
    # ... and people at work a trade needs: "the sector will need about 2 million professionals by 2032"
    ("jobs", "count", "left", rf"\b(?:need|needs|needed|require|requires|required)\s+(?:an?\s+(?:additional|extra|further)\s+)?"
                              rf"{AMOUNT_HEDGES}$", ("noun", rf"{_OCCUPATIONS}|professionals|specialists|staff|employees")),
    ("jobs", "count percent", "noun", _OCCUPATIONS, ("sentence", _EMPLOYING)),  # "lost a third of our artists"
    # ... and a bare part of them: "14 of the 18 storyboard artists employed in 2023 are gone"
    ("jobs", "count", "measure", rf"^(?!how\b)(?:[\w'’.-]+\s+){{0,3}}(?:{_OCCUPATIONS}|staff|staffers|employees)"
                                 rf"(?:\s+employed\b.*)?$", ("sentence", _EMPLOYING)),
    ("jobs", "count", "measure", rf"(?:{_JOBS})(?!\s+(?:descriptions?|boards?|listings?|titles?|sites?|fairs?|ads?|"
                                 r"applications?|seekers?|interviews?|training|market))"),
    # a change in jobs, openings or hiring ("job postings fell 28%"; not "labor accounts for 60%" of a budget)
    ("jobs", "percent", "measure", r"jobs?|jobless|job\s+postings|postings|vacancies|(?:un)?employment|headcount|workforce|"
                                   r"(?:people|those)\s+(?:working|employed)|"
                                   r"layoffs?|job\s+cuts|hiring|hires|number\s+of\s+(?:workers|employees|staff)"),
    ("capability", "other", "surface", r"^(?:up\s+to\s+)?(?:\d{3,4}[pPiI]|[48]K)$"),  # "1080p", "4K" (in lines)
    ("capability", "count other", "noun", r"frames?(?:\s+(?:per|a)\s+second)?|fps"),  # a frame rate
    ("capability", "count other", "surface", r"^(?:up\s+to\s+)?\d{1,2}[kK]\s+resolution$"),  # "up to 8K resolution"
    ("capability", "count", "surface", r"^\d{1,2}[kK]\s+(?:video|videos|footage|output|clips?|images?|streams?)$"),  # "renders 4K video"
    # "1.2 lakh hours of video", "500 hours of footage": an amount of material, not a span of time
    # time spent watching is how an audience is measured: "subscribers watched 1.9 billion minutes of the show"
    ("audience", "time", "left", r"\b(?:watched|viewed|streamed|watching|viewing)\s+(?:a\s+(?:total|combined)\s+(?:of\s+)?)?$"),
    ("audience", "time", "right", r"^\s+(?:viewed|watched|streamed)\b"),  # "drew 1.2 billion minutes viewed"
    ("audience", "time", "surface", rf"\b{WATCHED_TIME}$"),  # "1.1 billion streaming hours"
    # ... and their count or its change, named by the measure: "ITVX streaming hours rose 15% to 2.5 billion"
    ("audience", "count percent", "measure", rf"\b{WATCHED_TIME}$"),
    # a bare count an event or a show draws is its attendance: "NAB Show draws 61,000 as AI dominates the show floor"
    ("audience", "count", "left", rf"\b(?:draws|drew|drawn|drawing|attracts|attracted|attracting)\s+{AMOUNT_HEDGES}$",
     ("surface", r"^(?:about\s+|around\s+|nearly\s+|more\s+than\s+|some\s+)?[\d,.]+(?:\s+(?:thousand|million|billion))?$")),
    # ... and so is the bare count a show averages or reaches: "ITV's talent show, which averaged 3.1 million", "expects
    # the episode to reach more than 7 million"
    ("audience", "count", "left", rf"\b(?:show|shows|episode|episodes|programme|programmes|program|series|broadcast|"
                                  rf"drama|final|premiere)\b[^.;]{{0,30}}\b(?:averaged|averages|averaging|reach|reached|"
                                  rf"reaches|reaching)\s+{AMOUNT_HEDGES}$",
     ("surface", r"^(?:about\s+|around\s+|nearly\s+|more\s+than\s+|some\s+|over\s+|almost\s+)?[\d,.]+"
                 r"(?:\s+(?:thousand|million|billion))?$")),
    # millions of minutes or hours are an audience's viewing, where viewing is spoken of: "down from 3.1 billion
    # minutes in the show's first full week", "its sixth straight week above 1.5 billion" (no span lasts that long)
    ("audience", "time", "surface", r"\b(?:million|billion|trillion)\b",
     ("context", r"\b(?:watch\w*|view\w*|stream\w*|nielsen|audiences?|ratings?)\b")),
    # ... and what measures them: "Hours watched on Twitch fell 9% year on year to 4.6 billion"
    ("audience", "time percent count", "measure", r"\b(?:hours|minutes)\s+(?:watched|viewed|streamed)\b"),
    # ... and screen time, a group's media use: "Total screen media use among children aged 0 to 8 averaged 2 hours"
    # (and viewing itself, by the day: "Across all ages, broadcast viewing fell to 2 hours 24 minutes a day")
    ("audience", "time", "measure", r"\b(?:screen\s+time|(?:screen\s+)?media\s+use|viewing\s+time|watch\s+time)\b|"
                                    r"^(?:[\w'’-]+\s+){0,2}viewing$"),
    ("audience", "time", "measure", r"^time\s+spent\s+(?:watching|streaming|viewing|listening|playing|scrolling|"
                                    r"on\s+(?:[\w-]+\s+){0,3}(?:apps?|platforms?|videos?|tv|television|streaming|"
                                    r"social\s+media|sites?|services?))\b"),
    # ... and the time people spend on a place named before: "YouTube, where children aged 4 to 12 now spend an
    # average of 1 hour 52 minutes a day"
    ("audience", "time", "left", r",\s+where\s+[^,;.]{1,50}?\s+spends?\s+(?:an\s+average\s+of\s+|about\s+|around\s+|"
                                 r"nearly\s+|more\s+than\s+|some\s+)?$"),
    # time people watch, by its verb: "its users watch more than 1 billion hours of podcasts a month"
    ("audience", "time", "left", r"\b(?:watch|watches|watched|stream|streams|streamed|view|viewed)\s+(?:(?:more|less)\s+than\s+|"
                                 r"about\s+|nearly\s+|over\s+|some\s+|an\s+average\s+of\s+)?$"),
    ("other", "time", "right", rf"^\s+of\s+(?:\w+\s+){{0,2}}?(?:{MATERIAL_NOUNS})\b"),
    # millions of minutes or hours are viewing wherever they are (no span lasts a thousand years): "entered the
    # chart at No. 9 with 612 million minutes" (not hours of footage, above)
    ("audience", "time", "surface", r"\b(?:million|billion|trillion)\s+(?:minutes|hours)$"),
    # the length of what a tool makes, named just before it: "produces video … in clips of up to 20 seconds"
    ("capability", "time", "left", rf"\b(?:{_CAPABILITY_MEDIA})\s+(?:of|lasting)\s+$", ("sentence", _CAPABILITY_VERBS)),
    # ... or right after what can make it: "Pro users can generate up to 20 seconds at 1080p"
    ("capability", "time", "left", r"\b(?:can|could|will|able\s+to)\s+(?:generate|create|produce|render|output|make)\s+$"),
    ("duration", "time", "left", _TAKES),
    ("duration", "time", "surface", r"^(?:within|for|in|over|after|during)"),
    # a span named from now is no output's length: "plan to increase spending on AI-generated video next year"
    ("duration", "time", "surface", r"^(?:next|this|last|the\s+(?:next|past|last|coming))\b"),
    ("duration", "time", "right", r"^\s*(?:after|before|later|earlier|since|ago|strike|run|old)\b"),
    # the length of an ad or a trailer is no output of a model: "A 30-second ad on the Super Bowl",
    # whatever its cost: "the cost of producing a 30-second cinema spot"
    ("duration", "time", "right", r"^\s+(?:[\w-]+\s+)?(?:ads?|spots?|slots?|commercials?|trailers?|teasers?|promos?)\b",
     ("surface", r"-second$")),
    ("cost", "time", "left", r"(?:cost|expensive|price)\b[^,;.]{0,30}$"),
    # the time it takes to do something is how long, not what a tool outputs: "14 days: how long it took one
    # studio to make a 20-minute animated pilot"
    ("duration", "time", "measure", r"^time\s+to\s+"),
    ("capability", "time", "near", _CAPABILITY_MEDIA, ("sentence", _CAPABILITY_VERBS)),
    ("capability", "time", "surface", r"-second$"),
    # time spent watching, counted: "3 lakh crore minutes of watch time"
    ("audience", "time", "right", r"^\s+of\s+(?:watch(?:ing)?|viewing|streaming|listening)(?:\s+time)?\b"),
    # pay, named as such: "starting pay for in-between animators averages 150,000 yen a month"
    ("other", "money", "measure", r"\b(?:pay|wages?|salar(?:y|ies)|compensation)\b"),
    # the sentence's topic, weaker than anything said of the figure itself
    # (not a word of a name: "HM Revenue & Customs said", "the Internal Revenue Service")
    ("revenue", "money", "sentence", rf"(?:{_REVENUE})(?!\s+(?-i:&|[A-Z]))"),
    # a count is sales only by its own words: "sold 250,000 sets" (not "140 clips … on subscriptions")
    # a valuation multiple is no sales: "at around 2.3 times sales", "22 times forward earnings"
    ("other", "count", "right", r"^\s+(?:(?:forward|trailing|next\s+year['’]s|annual)\s+)?(?:sales|revenues?|earnings|"
                                rf"book(?:\s+value)?|{OPERATING_EARNINGS}|profits?)\b", ("surface", r"\btimes$")),
    # (not a count before another verb of selling: "showed 312 screenings last year and sold about 18,000 tickets")
    ("other", "count", "right", r"^\s+(?:[\w'’-]+\s+){0,3}and\s+(?:sold|sells|sell)\b"),
    ("revenue", "count", "near", r"sold|sells|selling|sales|copies|purchases|units\s+sold",
     ("surface", rf"^(?![\s\S]*\b(?:{ORGANISATION_NOUNS}|{PLACE_NOUNS})\b)")),  # not "closed or sold more than 30 studios"
    ("box_office", "money", "context", BOX_OFFICE_WORDS, ("sentence", r"film|movie|picture|sequel|title|feature")),
    # a film's take: "was the year's top film with £95.7 million"
    ("box_office", "money", "left", rf"\b(?:film|movie|release|title)s?\b[^,;.]{{0,30}}\bwith\s+{AMOUNT_HEDGES}$"),
    # a place in a weekend's chart: "came in second with $55.5 million in North America"
    ("box_office", "money", "left", r"\b(?:came|finished|placed|ranked|opened|debuted|was|is|were)\s+(?:in\s+)?"
                                    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                    r"\w+\s+place|no\.\s*\d+)\s+with\s+$"),
    ("cost", "money", "sentence", _COST),
    ("market_size", "money", "sentence", _MARKET),
    ("market_size", "percent", "sentence", _MARKET, ("sentence", r"growth|grow|grew|growing|cagr|compound|increase|"
                                                                  r"year-on-year|expand(?:s|ed|ing)?|shr[iau]nk|contracted")),
    # a share of an amount, not of people answering: "earned …, about half the national average"
    # ("20–25% of the total" is a share of the figure before: etl.extract)
    ("other", "percent", "right", r"^\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}"
                                  r"(?:average|price|cost|level|size|rate|amount|salary|wage|pay|budget|median)\b"),
    # ... nor a share more or fewer of something: "artists using AI tools work about 30% fewer hours"
    # (but a share spent less or more is a cost: "we spent about 30% less on lighting")
    ("cost", "percent", "right", r"^\s+(?:less|more)\s+on\b", ("left", rf"\b(?:spen[dt]|spends|spending|pa(?:y|id|ys)|"
                                                                    rf"paying)\s+{AMOUNT_HEDGES}$")),
    ("other", "percent", "right", r"^\s+(?:fewer|more|less)\s+(?!than\b)[a-z]"),
    # (not a share that moved: "day rates have fallen by 9 per cent" after a survey's results)
    ("survey", "percent", "context", _SURVEY_CONTEXT,
     ("left", rf"^(?![\s\S]*\b(?:{MOVED_VERBS}|by)\s+(?:by\s+)?(?:between\s+)?(?:about\s+|nearly\s+|some\s+|almost\s+)?$)")),
    # (not past a conjunction opening a clause of its own: "to close 12 sites as audiences stay home")
    ("audience", "count", "right", rf"^(?:(?!\b(?:as|because|while|whereas|since|when|but|after|although)\s)[^,;.]){{0,40}}"
                                   rf"\b(?:{_AUDIENCE})\b",
     # not "its 600 screens rose to 40 million visitors", nor what is offered them ("offers more than 100 games to
     # subscribers")
     ("noun", rf"^(?![\s\S]*\b(?:{ORGANISATION_NOUNS}|{PLACE_NOUNS}|games?|titles?|shows?|films?|movies?|series|"
              rf"episodes?|songs?|tracks?|novels?|books?|works|stories|comics?|webtoons?|albums?|podcasts?|videos?)\b)")),
    # defaults: what a unit means with nothing else said
    ("other", "money", "default", ""),  # an amount with no word of what it is: a debt, a level, a rate
    ("duration", "time", "default", ""),
    ("other", "percent count other", "default", ""),
)


# --- numbers that name rather than count (etl.not_quantities, etl.quantities) -----------------
# Nouns that a number after them names rather than counts: "category 4", "Game 2".
# Street types: "49 Zorro Ranch Road", "9 E 71st St" are addresses; "22 Ave Foch", "12 Rue de
# Rivoli" put the type first (etl.not_quantities).
# Nouns a year goes before as the year they are of: "below 2019 levels", "2023 figures"
YEAR_NOUNS = ("levels", "level", "figures", "numbers", "prices", "rates", "peak", "peaks", "highs", "lows",
              "totals", "results", "season", "edition", "election", "census", "budget", "forecast",
              "forecasts", "estimates", "guidance", "lineup", "slate", "releases", "earnings")
# Nouns after a number that make it a code, not an amount: "the 90049 ZIP code", "area code 212"
CODE_NOUNS_AFTER = ("zip code", "zip codes", "postcode", "postal code", "area code", "zip")
STREET_TYPES_AFTER = ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
                      "Dr", "Way", "Place", "Pl", "Court", "Ct", "Terrace", "Highway", "Hwy", "Square", "Parkway")
STREET_TYPES_BEFORE = ("Rue", "Avenue", "Ave", "Boulevard", "Blvd", "Via", "Calle", "Rua", "Strasse")
ID_NOUNS = {"category", "iso", "level", "grade", "phase", "stage", "round", "game", "chapter",
            "page", "pages", "no", "no.", "number", "vol", "volume", "episode", "part", "section",
            "article", "room", "row", "seat", "gate", "terminal", "platform", "route",
            "highway", "interstate", "channel", "tier", "class", "type", "version", "step",
            "act", "scene", "item", "figure", "table", "unit", "flight", "bus", "line",
            "district", "ward", "lot", "block", "floor", "suite", "apartment", "apt", "box",
            "exhibit", "appendix", "clause", "rule", "amendment", "bill", "resolution",
            "code", "id", "model", "series", "mark", "season", "week", "day", "match", "race",
            "leg", "heat", "lane", "hole", "pick", "jersey", "squad", "slot", "track",
            "disc", "issue", "edition", "generation", "gen", "world", "war", "top",
            "covid", "sars", "ps", "xbox", "windows", "ios", "android"}


NOUN_STOP = {
    # verbs of finding and showing, which a counted group does: "4,600 members found that"
    "found", "find", "finds", "show", "shows", "showed", "suggest", "suggests", "suggested",
    "the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "to", "with", "and", "or",
    "but", "as", "that", "which", "who", "whom", "whose", "than", "this", "these", "those",
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could",
    "should", "may", "might", "must", "shall", "has", "have", "had", "do", "does", "did",
    "said", "says", "say", "if", "when", "once", "while", "whilst", "whereas", "after", "before", "since", "until",
    "into", "over", "under", "about", "up", "down", "out", "off", "per", "each", "every",
    "more", "less", "it", "its", "their", "his", "her", "they", "he", "she", "we",
    "i", "you", "not", "no", "so", "such", "also", "then", "there", "here", "through",
    "come", "came", "go", "went", "get", "got", "make", "made", "take", "took", "left",
    "died", "saw", "see", "seen", "became", "become", "remain", "remained", "only",
    "just", "all", "both", "either", "other", "another", "between", "among", "against",
    "during", "without", "within", "across", "toward", "towards", "behind", "via", "vs",
    "nor", "yet", "rather", "instead", "outside", "excluding", "because", "though", "although", "where", "why", "how",
    "what", "now", "already", "still", "even", "very", "too", "again", "ago", "later",
    "earlier", "respectively", "including", "compared", "like", "mostly", "some", "many",
    "most", "few", "several", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "times", "year", "years", "month", "months", "week", "weeks",
    "day", "days", "hour", "hours", "percent", "cent", "cents", "plus", "minus", "next",
    "last", "today", "yesterday", "tomorrow", "annually", "yearly", "monthly", "weekly",
    "daily", "apiece", "altogether", "overall", "worldwide", "globally",
    # verbs a counted group does: "5,000 members fear AI", "300 people said"
    "fear", "fears", "feared", "worry", "worries", "think", "believe", "believes", "expect", "want",
    "wants", "use", "plan", "plans", "agree", "agreed", "voted", "support", "oppose", "hope", "work",
    "belong", "belongs", "belonged",
    "earn", "live", "lives",  # "of whom fewer than 1,000 earn a full-time living", "2 million live in cities"
    # how far from a mark: "about 100,000 below its 2022 peak", "30 million short of pre-pandemic levels"
    "below", "above", "ahead", "shy",  # ("short" is an adjective before its noun: "30 AI short dramas")
    "worth",  # what the counted things are worth comes after them: "214 claims worth R640 million"
}

# Abbreviations whose full stop does not end a sentence (etl.segment).
ABBREVIATIONS = {
    *HONORIFICS, "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc",
    "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "no", "gov", "sen", "rep", "gen", "col", "lt", "capt",
    "approx", "est", "fig", "vol", "mt", "ft", "dept", "univ", "assn", "bros", "a.m", "p.m",
    "ca", "cf", "al", "op", "ed", "eds", "pp", "sgt", "cmdr", "adm", "hon", "rev", "mass",
    "calif", "conn", "fla", "ill", "mich", "minn", "penn", "tenn", "tex", "va", "wash",
}

# Words between a speaker and the speech verb that are not the speaker: "X has also said" (etl.attribute).
SPEAKER_FILLERS = {"also", "recently", "further", "has", "have", "had", "is", "was", "are", "were",
                "once", "then", "previously", "publicly", "officially", "already", "even", "still",
                "today", "yesterday", "now", "first", "would", "will", "could", "may", "might"}

# The short prepositions that open a phrase after a noun ("work for Hindi versions of Hollywood films"): a
# phrase too long is cut before its last one, and a measure's word before one is a noun (etl.phrases, etl.measure).
SIMPLE_PREPOSITIONS = frozenset({"of", "for", "in", "on", "at", "from", "with", "to", "by"})
# Prepositions of several words, whose noun names no measure: "charges of $42 million in connection with the Plan"
# are charges, not a connection ("in" + noun + preposition)
COMPLEX_PREPOSITION_NOUNS = frozenset({"connection", "relation", "respect", "addition", "exchange", "lieu", "light",
                                       "spite", "view", "line", "return", "terms", "favour", "favor", "place"})
# Prepositions: a role noun after one is its object, not a speaker ("ahead of the 4.5 million
# analysts had expected": the analysts are not "of the 4.5 million analysts") (etl.attribute).
ROLE_BREAKING_PREPOSITIONS = SIMPLE_PREPOSITIONS | {"than", "about", "among", "ahead", "beyond", "over", "under",
                                                    "against", "without", "towards", "toward",
                                                    "out"}  # ("$4 million out of a $55 million budget")

# Prepositions that never fall among the words before a noun ("Among subscribers, 45% said": the
# subscribers; "despite streaming revenue"): reading leftwards from a noun stops at them (etl.measure).
PHRASE_PREPOSITIONS = {"among", "amongst", "amid", "amidst", "between", "despite", "during", "throughout",
                       "toward", "towards", "via", "within", "without", "beyond", "against", "above", "below"}
# Prepositions in -ing, no gerund of an act: "According to Olsberg SPI, a half-hour … cost" (etl.measure).
ING_PREPOSITIONS = frozenset({"according", "including", "excluding", "following", "regarding", "concerning",
                              "considering", "barring", "pending"})
NOT_NAME_WORDS |= ING_PREPOSITIONS  # ("Excluding China, the global total would rise 3%": no name "Excluding China")

# Determiners: they open a noun phrase but say nothing of what is counted (etl.measure).
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
                "our", "my", "your", "some", "all", "each", "every", "such", "any"}

# Adjectives of size and rank that stand only before a noun: the word after them is the noun,
# never a verb ("the big studios to cut jobs", not "Toho plans to invest") (etl.phrases).
ATTRIBUTIVE_ADJECTIVES = {"big", "bigger", "large", "larger", "major", "small", "smaller", "top", "leading", "main",
                          "independent", "rival", "other", "many", "several", "few", "new", "recent", "old", "older",
                          "newer", "existing", "current", "former", "future", "scripted", "unscripted",
                          # a security's kinds: "senior notes", "common shares", "preferred stock"
                          "senior", "junior", "common", "preferred", "ordinary", "secured", "unsecured"}

# Participles that take what they govern to a level: "…, taking total employment in the sector to roughly 2.6 lakh"
# (what they take there is what is measured; etl.measure).
LEVEL_PARTICIPLES = {"taking", "bringing", "pushing", "lifting"}
# Past forms of the verbs of a move: a subject of its own after "and" opens a clause ("Sales rose 10% and the shares
# jumped 5%"; etl.segment).
MOVED_PAST = tuple(sorted(v for v in MOVEMENT_VERBS - MOVEMENT_PARTICLES if v.endswith("ed") or v in IRREGULAR_PAST))
# Adverbs set off by commas after a subject, before its verb: "Radio advertising, by contrast, is expected to decline
# 3%" (etl.measure reads the subject before them).
ASIDE_ADVERBS = ("however", "by contrast", "in contrast", "meanwhile", "though", "too", "also", "in turn", "for example",
                 "for instance", "for its part", "for their part", "in particular", "overall")
# Words that point back to what was named before: "costs 300,000 to 500,000 yuan, and AI could cut that by a third"
# (etl.extract: the change is of the amount before).
POINTING_BACK = ("that", "it", "this", "them", "those")
# Plurals without an s: what a verb's plural form follows ("40 staff work"; etl.quantities, etl.phrases).
PLURALS_WITHOUT_S = frozenset({"people", "staff", "personnel", "crew", "children", "men", "women", "police", "cattle"})
# Plurals in -ies of a noun in -ie, not -y ("movies", not "entries" → "entry"; etl.measure's singulars), and
# plurals that are their own singular
IE_PLURALS = frozenset({"movies", "indies", "cookies", "zombies", "selfies", "rookies", "goalies", "hoodies", "calories"})
SAME_IN_SINGULAR = frozenset({"series", "species"})
# Verbs that are also the head of a compound noun after a singular noun, where no plural's verb could stand:
# "a fifth of dubbing work", "40% of customer support" (etl.quantities; "300 members work" is a verb).
COMPOUND_HEAD_VERBS = frozenset({"work", "support", "use"})
# Words that open a clause, not a noun phrase (etl.measure).
# Conjunctions of a condition, a reason or a time: what follows one is no predicate of the group before it ("deduct
# up to 60% of the amount if they invest …"; etl.phrases).
SUBORDINATORS = frozenset({"if", "unless", "because", "although", "though", "once", "when", "whenever", "until"})
# Words that focus or add to a subject they stand before, no word of it: "Only reality TV grew, rising 6.2%",
# "Together they had earned $117 million", "A further 33% were …" (etl.measure)
FOCUS_ADVERBS = {"even", "only", "just", "also", "still", "together", "altogether", "collectively", "further"}
CLAUSE_OPENERS = {"and", "&", "although", "though", "while", "if", "when", "because", "as", "since", "whereas",
                  "what", "why",  # a question's word: "What if AI makes films for $1 million?"
                  "here's", "here’s",  # a headline's pointer: "Here's what $250 a month gets you"
                  "but", "so", "yet", "after", "before", "once", "unless", "until",
                  } | FOCUS_ADVERBS  # (focus words before a subject: "Even a low-budget corporate video runs")
# Words after a level that open another clause, whose direction words are not the level's: "slipped 2% to €860
# million as higher ticket prices partly offset the decline" (not "and": "by about 70% and cut the time" moves down
# by its own verb; etl.quantities).
DIRECTION_BREAKING_WORDS = {"as", "while", "but", "after", "before", "when", "because", "since", "though", "although",
                            "with", "than", "amid", "despite"}

# Words in -ing that name an activity or a trade, nouns whatever follows them: "Podcast advertising in
# the U.S. is expected to reach $2.6 billion", "film financing", "music licensing"
GERUND_NOUNS = TRADE_GERUNDS | {"marketing", "financing", "funding", "spending", "offering", "offerings",
                "programming", "filmmaking",
                "casting", "editing", "lighting", "banking", "shipping", "clothing", "training", "viewing", "listening",
                "engineering", "manufacturing", "retailing", "recording",
                "rating", "ratings", "ranking", "rankings", "earnings", "savings",
                "holdings", "bookings", "listings", "screenings", "showings",
                "filming", "shooting", "hiring", "staffing", "outsourcing", "pricing", "touring"}

# Words that open a sentence before a comma and say how it goes on, no part of its subject:
# "Overall, the weekend's top 10 films grossed $112 million, down 8%"
# Adverbs of time that stand alone after a figure: no measure of it ("from $44 billion previously", etl.extract)
TIME_ADVERBS = frozenset({"earlier", "before", "ago", "later", "then", "since", "recently", "lately", "originally",
                          "initially"})
SENTENCE_ADVERBS = {"overall", "meanwhile", "however", "still", "separately", "elsewhere", "altogether",
                    "combined", "together", "worldwide", "globally", "domestically", "overseas", "internationally",
                    "nationally", "locally", "previously", "currently", "today", "now", "also", "instead", "likewise"}

# Words between a movement verb and its figure: "rose by 5%", "fell to an average of" (etl.quantities).
DIRECTION_FILLERS = ("by", "of", "be", "to", "average", "total", "an", "a", "between", "another", "further", "additional", "extra")
# ("fell by between 30% and 50%", "fell another 3%", "rose a further 5%")
# Verbs that move their object by an amount, read with the "by" before the figure ("The contract raises pay
# by 15%", "cut its commissions by half"): the movement verbs, and those whose amount is otherwise no
# change ("raised $308 million" is money raised, "raised pay by 15%" a rise).
CHANGED_BY_VERBS_UP = DIRECTION_UP - {"up", "higher", "upward", "upwards", "added", "adding"} | {"raise", "raises", "raised", "raising"}
CHANGED_BY_VERBS_DOWN = DIRECTION_DOWN - {"down", "lower", "off", "downward", "downwards"} | {
    "lowered", "lowers", "lowering", "trim", "trims", "trimmed", "trimming"}

# --- what measures and sources are not (etl.measure, etl.attribute) ---------------------------
# Who speaks for the organisation named before them: "a Netflix spokesperson said" is Netflix
# (but "A Hollywood visual effects supervisor said" is that description).
SPEAKS_FOR_ORGANISATION = {"spokesperson", "spokesman", "spokeswoman", "representative", "official", "executive",
                           "source", "statement", "filing", "spokespeople", "officials", "executives", "sources",
                           "representatives"}
# What a figure is reported in, not what it counts: "revenue of £171mn in its latest accounts".
REPORTED_IN = {"accounts", "results", "filing", "filings", "report", "statement", "statements", "update",
               "prospectus", "interview", "letter", "note",
               "cash", "stock"}  # and how it is paid: "for $1.2 billion in cash"
# Where a group is, after it, no verb of theirs: "employees worldwide, come as …".
PLACE_ADVERBS = {"worldwide", "globally", "nationwide", "overseas", "abroad", "domestically", "locally",
                 "altogether", "overall", "apiece", "combined", "total"}
# What a count of times counts, by its verb: "viewed 14 million times" counts views.
TIMES_NOUNS = {"viewed": "views", "watched": "views", "streamed": "streams", "played": "plays",
               "downloaded": "downloads", "shared": "shares", "installed": "installs"}
