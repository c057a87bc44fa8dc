using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>How firmly a claim is made.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimCertainty>))]
public enum ClaimCertainty
{
    /// <summary>Stated as fact or judgement, without hedging.</summary>
    [JsonStringEnumMemberName("asserted")]
    Asserted,

    /// <summary>Qualified by a hedge (<c>may</c>, <c>probably</c>, <c>reportedly</c>, <c>estimated</c>).</summary>
    [JsonStringEnumMemberName("hedged")]
    Hedged,

    /// <summary>About the future, stated without a hedge (<c>will undermine</c>).</summary>
    [JsonStringEnumMemberName("predicted")]
    Predicted,
}
