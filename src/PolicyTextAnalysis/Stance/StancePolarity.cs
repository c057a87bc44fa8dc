using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>Whether a holder is for, against or neutral toward a target.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StancePolarity>))]
public enum StancePolarity
{
    /// <summary>Neither for nor against, or undecidable.</summary>
    [JsonStringEnumMemberName("neutral")]
    Neutral,

    /// <summary>For the target.</summary>
    [JsonStringEnumMemberName("favor")]
    Favor,

    /// <summary>Against the target.</summary>
    [JsonStringEnumMemberName("against")]
    Against,
}
