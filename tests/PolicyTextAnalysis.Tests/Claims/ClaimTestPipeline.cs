using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Claims;

/// <summary>Text, entity (with the given recognisers) and claim stages, as the tests run them.</summary>
internal static class ClaimTestPipeline
{
    public static AnalysisPipeline Create(params IEntityRecognizer[] recognizers) =>
        new([new TextStage(), new EntityStage(recognizers), new ClaimStage()]);

    public static Document Run(string text, params IEntityRecognizer[] recognizers) =>
        Create(recognizers).Run(Document.FromText(text));
}

/// <summary>A recogniser that labels every occurrence of fixed strings, for tests that need entity mentions.</summary>
internal sealed class FixedRecognizer(params (string Text, string Label)[] entries) : IEntityRecognizer
{
    public string Name => "fixed";

    public int Priority => 0;

    public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken)
    {
        var mentions = new List<EntityMention>();
        foreach ((string text, string label) in entries)
        {
            for (int at = document.Text.IndexOf(text, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(text, at + 1, StringComparison.Ordinal))
            {
                mentions.Add(new EntityMention { Text = text, Label = label, Start = at, End = at + text.Length, Canonical = text });
            }
        }

        return mentions;
    }
}
