using System.Text.Json.Serialization;

namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>One gold file of the commentary set (<c>eval/commentary/gold/{split}/NAME.json</c>; format in GUIDE.md).</summary>
public sealed record CommentaryGold
{
    /// <summary>The text's file name under <c>eval/commentary/texts</c>.</summary>
    public required string File { get; init; }

    /// <summary>SHA-256 (hex) of the text file the offsets refer to.</summary>
    public required string Sha256 { get; init; }

    /// <summary><c>dev</c> or <c>test</c>.</summary>
    public required string Split { get; init; }

    /// <summary>op-ed, speech, briefing, statement or debate.</summary>
    public required string Form { get; init; }

    /// <summary>The text's own voice as a canonical name; <c>author</c> in speaker and holder fields means it.</summary>
    public required string Voice { get; init; }

    /// <summary>Who annotated the file.</summary>
    public string Annotator { get; init; } = "";

    /// <summary>Every entity mention.</summary>
    public IReadOnlyList<GoldEntity> Entities { get; init; } = [];

    /// <summary>Every quote.</summary>
    public IReadOnlyList<GoldQuote> Quotes { get; init; } = [];

    /// <summary>The substantive claims.</summary>
    public IReadOnlyList<GoldClaim> Claims { get; init; } = [];

    /// <summary>Every clear stance, once per holder, target and polarity.</summary>
    public IReadOnlyList<GoldStance> Stances { get; init; } = [];
}

/// <summary>A span of the text: UTF-16 offsets, start inclusive, end exclusive, and the covered text.</summary>
public interface IGoldSpan
{
    /// <summary>First UTF-16 index.</summary>
    int Start { get; }

    /// <summary>One past the last UTF-16 index.</summary>
    int End { get; }

    /// <summary>The covered characters.</summary>
    string Text { get; }
}

/// <summary>A gold entity mention with its OntoNotes label and, for names, the canonical name of its cluster.</summary>
public sealed record GoldEntity(int Start, int End, string Text, string Label, string? Cluster) : IGoldSpan;

/// <summary>A gold quote: kind direct, indirect, mixed or scare; speaker null when unknown or scare.</summary>
public sealed record GoldQuote(int Start, int End, string Text, string Kind, string? Speaker, string? Cue) : IGoldSpan;

/// <summary>A gold claim with its types, speaker (<c>author</c> for the voice) and check-worthiness.</summary>
public sealed record GoldClaim(int Start, int End, string Text, IReadOnlyList<string> Types, string Speaker, bool Checkworthy) : IGoldSpan;

/// <summary>A plain evidence span.</summary>
public sealed record GoldSpan(int Start, int End, string Text) : IGoldSpan;

/// <summary>A gold stance of a holder toward a target.</summary>
public sealed record GoldStance(
    string Holder, string Target, string TargetHead, string Polarity, string? TargetCluster, IReadOnlyList<GoldSpan> Evidence);

/// <summary>Source-generated JSON metadata for the gold files.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(CommentaryGold))]
internal sealed partial class CommentaryGoldJsonContext : JsonSerializerContext;
