using System.Collections.Frozen;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// The closed word lists of the numeric and temporal grammar: number words, ordinals, scale words, months,
/// weekdays, currencies and units. General English only; lookups take a span and allocate nothing.
/// </summary>
internal static class NumericLexicon
{
    /// <summary>Cardinal number words and their values (<c>twenty</c> is 20).</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Cardinals = Lookup(new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12,
    });

    /// <summary>Ordinal words and their values (<c>third</c> is 3).</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ordinals = Lookup(new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
        ["thousandth"] = 1000, ["millionth"] = 1_000_000,
    });

    /// <summary>Scale words multiplying the number before them (<c>1.7 million</c>), including South Asian lakh and crore.</summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Scales = Lookup(new Dictionary<string, double>
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["bn"] = 1e9, ["mn"] = 1e6, ["lakh"] = 1e5, ["lakhs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
    });

    /// <summary>Plural scale nouns used alone as vague cardinals (<c>thousands of people</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VagueCardinals = Set(
        "dozens", "hundreds", "thousands", "millions", "billions", "tens");

    /// <summary>Words after "a quarter" that make it a fraction of something rather than a period (<c>a quarter of the vote</c>,
    /// <c>a quarter point</c>, <c>a quarter percentage point</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FractionFollowers = Set("of", "point", "points", "percentage");

    /// <summary>Month names and common abbreviations, 1-based.</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = Lookup(new Dictionary<string, int>
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7,
        ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
        ["Jan."] = 1, ["Feb."] = 2, ["Mar."] = 3, ["Apr."] = 4, ["Jun."] = 6, ["Jul."] = 7, ["Aug."] = 8,
        ["Sep."] = 9, ["Sept."] = 9, ["Oct."] = 10, ["Nov."] = 11, ["Dec."] = 12,
        ["Jan"] = 1, ["Feb"] = 2, ["Apr"] = 4, ["Aug"] = 8, ["Sep"] = 9, ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    }, StringComparer.Ordinal);

    /// <summary>Weekday names, ISO numbered (Monday is 1).</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Lookup(new Dictionary<string, int>
    {
        ["Monday"] = 1, ["Tuesday"] = 2, ["Wednesday"] = 3, ["Thursday"] = 4, ["Friday"] = 5, ["Saturday"] = 6, ["Sunday"] = 7,
    }, StringComparer.Ordinal);

    /// <summary>Period nouns and their ISO 8601 duration designators (<c>decade</c> is ten years).</summary>
    public static readonly FrozenDictionary<string, (string Unit, int Factor, char Designator, bool IsTime)>.AlternateLookup<ReadOnlySpan<char>> Periods =
        Lookup(new Dictionary<string, (string, int, char, bool)>
        {
            ["year"] = ("year", 1, 'Y', false), ["years"] = ("year", 1, 'Y', false),
            ["month"] = ("month", 1, 'M', false), ["months"] = ("month", 1, 'M', false),
            ["week"] = ("week", 1, 'W', false), ["weeks"] = ("week", 1, 'W', false),
            ["day"] = ("day", 1, 'D', false), ["days"] = ("day", 1, 'D', false),
            ["decade"] = ("decade", 10, 'Y', false), ["decades"] = ("decade", 10, 'Y', false),
            ["century"] = ("century", 100, 'Y', false), ["centuries"] = ("century", 100, 'Y', false),
            ["hour"] = ("hour", 1, 'H', true), ["hours"] = ("hour", 1, 'H', true),
            ["minute"] = ("minute", 1, 'M', true), ["minutes"] = ("minute", 1, 'M', true),
            ["second"] = ("second", 1, 'S', true), ["seconds"] = ("second", 1, 'S', true),
        });

    /// <summary>Words after a duration that belong to the DATE (<c>two years ago</c>, <c>Twenty years later</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DurationTails = Set("ago", "later", "earlier", "old", "before");

    /// <summary>Relative-date openers (<c>last week</c>, <c>next year</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeOpeners = Set(
        "last", "next", "this", "past", "coming", "previous", "recent", "following", "same", "that", "early", "late", "mid");

    /// <summary>Nouns that a relative opener turns into a DATE (<c>last week</c>, <c>this summer</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativePeriods = Set(
        "year", "years", "month", "months", "week", "weeks", "decade", "decades", "century", "weekend", "summer",
        "winter", "spring", "autumn", "fall", "season", "quarter", "days", "fortnight");

    /// <summary>Singular period nouns that <c>every</c>, <c>per</c>, <c>a</c> or an ordinal turn into a DATE (<c>every day</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrequencyPeriods = Set(
        "day", "week", "month", "year", "decade", "century", "quarter", "weekend", "fortnight", "semester");

    /// <summary>Plural period nouns that stand as a vague duration (<c>for years</c>, <c>decades to come</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralPeriods = Set(
        "days", "weeks", "months", "years", "decades", "centuries");

    /// <summary>Prepositions (and verbs of lasting) after which a bare plural period is a duration (<c>for years</c>, <c>within
    /// months</c>), and <c>the</c> with a period noun the whole period (<c>throughout the day</c>, <c>over the years</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DurationPrepositions = Set(
        "for", "in", "within", "after", "since", "over", "across", "throughout", "through", "during", "lasting", "took", "takes", "take");

    /// <summary>Counts without a number before a plural period (<c>several years</c>, <c>many decades</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VaguePeriodCounts = Set("several", "many", "few", "multiple");

    /// <summary>Seasons, marked DATE with their year (<c>spring 2020</c>, <c>the fall of 2022</c>) or article (<c>the winter</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Seasons = Set("spring", "summer", "autumn", "fall", "winter");

    /// <summary>
    /// Frequency adverbs marked DATE (<c>annually</c>). The adjectives (<c>annual</c>, <c>daily</c>, <c>monthly</c>) are
    /// left out: annotators disagree on them (<c>a daily newspaper</c>, <c>his monthly news conference</c>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrequencyWords = Set("annually", "biannually");

    /// <summary>Edges of a period (<c>the end of last year</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodEdges = Set(
        "end", "beginning", "start", "middle", "turn", "close");

    /// <summary>Parts of the day that make a TIME (<c>this morning</c>, <c>Monday night</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayParts = Set(
        "morning", "afternoon", "evening", "night", "overnight");

    /// <summary>Deictic single-word dates.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeicticDates = Set("today", "yesterday", "tomorrow");

    /// <summary>Whether a word names a day on its own: a weekday or a deictic date (<c>Tuesday</c>, <c>yesterday</c>).</summary>
    public static bool IsDayWord(ReadOnlySpan<char> word) => Weekdays.ContainsKey(word) || DeicticDates.Contains(word);

    /// <summary>Clock suffixes (<c>5 p.m.</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockSuffixes = Set("a.m.", "p.m.", "am", "pm", "o'clock", "GMT", "UTC", "hrs");

    /// <summary>Time zones written after a clock time (<c>2:48 p.m. EDT</c>, <c>3:01 p.m. Eastern</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeZones = new[]
    {
        "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "AKST", "HST", "GMT", "UTC", "BST", "CET", "CEST", "EET",
        "IST", "PKT", "AEST", "AEDT", "JST", "KST", "Eastern", "Central", "Mountain", "Pacific",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Approximators and bounds that OntoNotes keeps inside a figure's span (<c>more than 2,300</c>). The focus adverbs
    /// <c>only</c> and <c>just</c> are not among them (<c>only 8 women</c> marks <c>8</c>), except before an approximator
    /// (<c>just over 50 percent</c>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SingleModifiers = Set(
        "about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "under",
        "barely", "exactly", "precisely", "approx.", "circa", "c.", "~", "upwards", "below", "above", "estimated");

    /// <summary>Focus adverbs that join a figure's span only before an approximator (<c>just under 2,000</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FocusAdverbs = Set("only", "just");

    /// <summary>Two-word modifiers, first word then second (<c>more than</c>, <c>at least</c>, <c>up to</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PairModifierHeads = Set(
        "more", "less", "fewer", "at", "up", "as", "well", "close", "an", "over", "just", "only", "nearly", "almost", "some");

    /// <summary>Currency signs and abbreviations written before the amount, with the unit they give.</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyPrefixes = Lookup(new Dictionary<string, string>
    {
        ["$"] = "USD", ["US$"] = "USD", ["USD"] = "USD", ["£"] = "GBP", ["GBP"] = "GBP", ["€"] = "EUR", ["EUR"] = "EUR",
        ["¥"] = "JPY", ["JPY"] = "JPY", ["CNY"] = "CNY", ["RMB"] = "CNY", ["₹"] = "INR", ["INR"] = "INR", ["PKR"] = "PKR",
        ["AFN"] = "AFN", ["Rs"] = "rupee", ["Rs."] = "rupee", ["₨"] = "rupee", ["CHF"] = "CHF", ["A$"] = "AUD",
        ["C$"] = "CAD", ["HK$"] = "HKD", ["₽"] = "RUB", ["₩"] = "KRW", ["₺"] = "TRY",
    }, StringComparer.Ordinal);

    /// <summary>Currency words written after the amount (<c>10 million dollars</c>).</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWords = Lookup(new Dictionary<string, string>
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["sterling"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rupee"] = "rupee", ["rupees"] = "rupee",
        ["afghani"] = "AFN", ["afghanis"] = "AFN", ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB",
        ["cents"] = "cent", ["cent"] = "cent", ["pence"] = "pence", ["francs"] = "franc", ["riyals"] = "riyal", ["dirhams"] = "dirham",
        ["lira"] = "TRY", ["won"] = "KRW", ["taka"] = "BDT", ["naira"] = "NGN", ["rand"] = "ZAR", ["pesos"] = "peso",
    });

    /// <summary>Measurement units written after the amount, mapped to a short canonical unit.</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Units = Lookup(new Dictionary<string, string>
    {
        ["km"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["m"] = "m", ["metre"] = "m", ["metres"] = "m", ["meter"] = "m", ["meters"] = "m",
        ["cm"] = "cm", ["centimetres"] = "cm", ["centimeters"] = "cm", ["mm"] = "mm", ["millimetres"] = "mm", ["millimeters"] = "mm",
        ["mile"] = "mi", ["miles"] = "mi", ["feet"] = "ft", ["foot"] = "ft", ["ft"] = "ft", ["inch"] = "in", ["inches"] = "in",
        ["yards"] = "yd", ["kg"] = "kg", ["kilogram"] = "kg", ["kilograms"] = "kg", ["kilos"] = "kg", ["g"] = "g", ["grams"] = "g",
        ["tonne"] = "t", ["tonnes"] = "t", ["ton"] = "t", ["tons"] = "t", ["lb"] = "lb", ["lbs"] = "lb", ["ounces"] = "oz",
        ["litre"] = "l", ["litres"] = "l", ["liter"] = "l", ["liters"] = "l", ["gallons"] = "gal", ["barrels"] = "bbl",
        ["acres"] = "acre", ["hectares"] = "ha", ["ha"] = "ha", ["kmh"] = "km/h", ["mph"] = "mph", ["knots"] = "kn",
        ["degrees"] = "degree", ["°C"] = "degC", ["°F"] = "degF", ["celsius"] = "degC", ["fahrenheit"] = "degF",
        ["megawatts"] = "MW", ["MW"] = "MW", ["gigawatts"] = "GW", ["GW"] = "GW", ["kilowatts"] = "kW", ["kW"] = "kW",
        ["kWh"] = "kWh", ["megatons"] = "Mt", ["calories"] = "kcal", ["bytes"] = "B", ["GB"] = "GB", ["MB"] = "MB",
    });

    /// <summary>Area and volume prefixes (<c>500 square kilometres</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitPrefixes = Set("square", "sq", "sq.", "cubic");

    /// <summary>Words that end a percentage (<c>40 percent</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentWords = Set("%", "percent", "pct", "pc", "per cent", "percentage");

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>(
        Dictionary<string, T> entries, StringComparer? comparer = null) =>
        entries.ToFrozenDictionary(comparer ?? StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
