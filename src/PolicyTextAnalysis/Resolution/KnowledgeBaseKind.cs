namespace PolicyTextAnalysis.Resolution;

/// <summary>What a <see cref="KnowledgeBaseEntry"/> describes.</summary>
public enum KnowledgeBaseKind : byte
{
    /// <summary>A country or territory (<c>country:PAK</c>).</summary>
    Country,

    /// <summary>A city, with its country and population (<c>city:...</c>).</summary>
    City,

    /// <summary>A head of state or of government (<c>person:...</c>).</summary>
    Person,

    /// <summary>An international organisation (<c>org:...</c>).</summary>
    InternationalOrganization,

    /// <summary>A political party of one country (<c>party:...</c>).</summary>
    PoliticalParty,

    /// <summary>A militant or designated terrorist group (<c>group:...</c>).</summary>
    MilitantGroup,

    /// <summary>An ethnic group (<c>ethnic:pashtun</c>), labelled NORP; no country of its own.</summary>
    EthnicGroup,

    /// <summary>A continent (<c>region:europe</c>), labelled LOC: a place with no government of its own.</summary>
    Region,

    /// <summary>
    /// A company, university or government agency (<c>company:general-motors</c>, <c>university:us:...</c>,
    /// <c>agency:us:...</c>), labelled ORG.
    /// </summary>
    Organization,

    /// <summary>
    /// A first-level division of a country with a government of its own (<c>state:US-GA</c>), labelled GPE; never the
    /// country of the same name.
    /// </summary>
    State,
}
