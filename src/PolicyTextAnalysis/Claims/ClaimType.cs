using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>What kind of assertion a claim makes; a claim may have several.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimType>))]
public enum ClaimType
{
    /// <summary>Numbers, rates, counts, comparisons.</summary>
    [JsonStringEnumMemberName("statistical")]
    Statistical,

    /// <summary>One thing brings about another (<c>led to</c>, <c>as a result</c>).</summary>
    [JsonStringEnumMemberName("causal")]
    Causal,

    /// <summary>About the future (<c>will undermine</c>, <c>may provoke</c>).</summary>
    [JsonStringEnumMemberName("predictive")]
    Predictive,

    /// <summary>What should be done (<c>should</c>, <c>must</c>).</summary>
    [JsonStringEnumMemberName("prescriptive")]
    Prescriptive,

    /// <summary>A judgement (<c>a fatal mistake</c>).</summary>
    [JsonStringEnumMemberName("evaluative")]
    Evaluative,

    /// <summary>Events, history, positions.</summary>
    [JsonStringEnumMemberName("factual")]
    Factual,
}
