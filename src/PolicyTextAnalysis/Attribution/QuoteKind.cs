using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>How a quotation is reported.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuoteKind>))]
public enum QuoteKind
{
    /// <summary>The speaker's words inside quotation marks.</summary>
    [JsonStringEnumMemberName("direct")]
    Direct,

    /// <summary>Reported speech without quotation marks: <c>X said that ...</c>.</summary>
    [JsonStringEnumMemberName("indirect")]
    Indirect,

    /// <summary>Reported speech that quotes part of the words: <c>X said that Kabul "is not responsible"</c>.</summary>
    [JsonStringEnumMemberName("mixed")]
    Mixed,

    /// <summary>Quotation marks that distance the author from a phrase; nobody is speaking.</summary>
    [JsonStringEnumMemberName("scare")]
    Scare,
}
