using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

/// <summary>Documents and hand-made mentions for the tests of the entity stage's document-level rules.</summary>
internal static class MentionFixtures
{
    /// <summary>The text with its tokens and sentences.</summary>
    public static Document Tokenised(string text) =>
        new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(text), CancellationToken.None);

    /// <summary>The text with its tokens, sentences and parse.</summary>
    public static Document Parsed(string text) =>
        new PolicyTextAnalysis.Syntax.SyntaxStage().Process(Tokenised(text), CancellationToken.None);

    /// <summary>A mention of the <paramref name="occurrence"/>-th (from 0) occurrence of <paramref name="mention"/> in the text.</summary>
    public static EntityMention Mention(string text, string mention, string label, int occurrence = 0)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(mention, start + 1, StringComparison.Ordinal);
        }

        return new EntityMention { Text = mention, Label = label, Start = start, End = start + mention.Length, Canonical = mention };
    }
}
