namespace PolicyTextAnalysis.Resolution;

/// <summary>One known real-world entity: a country, city, leader, organisation, party or militant group.</summary>
public sealed record KnowledgeBaseEntry
{
    /// <summary>The stable identifier, also written to <see cref="EntityMention.KbId"/> (<c>country:PAK</c>, <c>city:1586306717</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What the entry describes.</summary>
    public required KnowledgeBaseKind Kind { get; init; }

    /// <summary>The canonical name (<c>Pakistan</c>, <c>Islamabad</c>, <c>Asif Ali Zardari</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The OntoNotes label of a mention of the entry by name (GPE, PERSON, ORG).</summary>
    public required string Label { get; init; }

    /// <summary>The id of the country the entry belongs to (a city's or leader's country), or null.</summary>
    public string? CountryId { get; init; }

    /// <summary>A leader's office (<c>President</c>, <c>Prime Minister</c>), or null.</summary>
    public string? Role { get; init; }

    /// <summary>A country's capital city id, or null.</summary>
    public string? CapitalId { get; init; }

    /// <summary>A city's population where known (0 when unknown).</summary>
    public long Population { get; init; }

    /// <summary>Every name of the entry, the canonical one first.</summary>
    public IReadOnlyList<KnowledgeBaseName> Names { get; init; } = [];

    /// <summary>True when the entry's country mentions stand for its government (countries and their capitals).</summary>
    public bool IsState => Kind == KnowledgeBaseKind.Country;
}
