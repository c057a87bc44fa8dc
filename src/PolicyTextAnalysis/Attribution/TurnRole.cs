using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>Who holds the floor in a transcript turn.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TurnRole>))]
public enum TurnRole
{
    /// <summary>The text's voice: the principal speaker (the official a briefing is for), whose words are the author's.</summary>
    [JsonStringEnumMemberName("voice")]
    Voice,

    /// <summary>Another named speaker (a moderator, a second official, a member of a debate).</summary>
    [JsonStringEnumMemberName("participant")]
    Participant,

    /// <summary>A question from the floor (<c>Q</c>): it asks, it claims nothing, and its <c>you</c> is whoever answers.</summary>
    [JsonStringEnumMemberName("question")]
    Question,
}
