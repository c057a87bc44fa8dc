namespace PolicyTextAnalysis;

/// <summary>The OntoNotes entity labels used in <see cref="EntityMention.Label"/>.</summary>
public static class EntityLabels
{
    /// <summary>People, including fictional.</summary>
    public const string Person = "PERSON";

    /// <summary>Nationalities, religious or political groups (<c>Afghans</c>, <c>Pashtun</c>).</summary>
    public const string Norp = "NORP";

    /// <summary>Buildings, airports, highways, bridges, prisons.</summary>
    public const string Facility = "FAC";

    /// <summary>Companies, agencies, institutions, armed and militant groups.</summary>
    public const string Organization = "ORG";

    /// <summary>Countries, cities, states: places with a government.</summary>
    public const string GeopoliticalEntity = "GPE";

    /// <summary>Non-GPE locations: regions, mountain ranges, bodies of water, borders.</summary>
    public const string Location = "LOC";

    /// <summary>Objects, vehicles, foods, software (not services).</summary>
    public const string Product = "PRODUCT";

    /// <summary>Named wars, battles, storms, sports events.</summary>
    public const string Event = "EVENT";

    /// <summary>Titles of books, songs, reports.</summary>
    public const string WorkOfArt = "WORK_OF_ART";

    /// <summary>Named documents made into laws, treaties, agreements.</summary>
    public const string Law = "LAW";

    /// <summary>Any named language.</summary>
    public const string Language = "LANGUAGE";

    /// <summary>Absolute or relative dates or periods.</summary>
    public const string Date = "DATE";

    /// <summary>Times smaller than a day.</summary>
    public const string Time = "TIME";

    /// <summary>Percentages, including <c>%</c>.</summary>
    public const string Percent = "PERCENT";

    /// <summary>Monetary values, including the unit.</summary>
    public const string Money = "MONEY";

    /// <summary>Measurements, as of weight or distance.</summary>
    public const string Quantity = "QUANTITY";

    /// <summary><c>first</c>, <c>second</c>, ...</summary>
    public const string Ordinal = "ORDINAL";

    /// <summary>Numerals that do not fall under another type.</summary>
    public const string Cardinal = "CARDINAL";

    /// <summary>True for the seven value types (dates, times, percentages, money, quantities, ordinals, cardinals): they
    /// name an amount or a moment, not an actor or a thing.</summary>
    public static bool IsValue(string label) =>
        label is Date or Time or Percent or Money or Quantity or Ordinal or Cardinal;

    /// <summary>All eighteen labels, in OntoNotes order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Person, Norp, Facility, Organization, GeopoliticalEntity, Location, Product, Event, WorkOfArt, Law, Language,
        Date, Time, Percent, Money, Quantity, Ordinal, Cardinal,
    ];
}
