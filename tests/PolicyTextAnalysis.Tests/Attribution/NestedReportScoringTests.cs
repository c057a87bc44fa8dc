using PolicyTextAnalysis.Training.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>
/// The external attribution scorers' matching of nested reports (According to the Herald, Burrows said C): the quote whose
/// content is C answers a gold relation on C, and a content with two gold sources is right for either quote over it.
/// </summary>
public sealed class NestedReportScoringTests
{
    private const string Text = "According to the Herald, Burrows said the flag was never open to choice.";

    private static readonly TextSpan Content = Span("the flag was never open to choice");

    [Test]
    public void Best_TwoQuotesSharingTheWholeContent_IsTheShorter()
    {
        Quote[] quotes = [Quote("Burrows said the flag was never open to choice", "Herald"), Quote("the flag was never open to choice", "Burrows")];

        Assert.That(SpanOverlap.Best(Content, quotes), Is.EqualTo(1));
    }

    [TestCase("Herald")]
    [TestCase("Burrows")]
    public void Score_AContentWithTwoGoldSources_IsRightForEither(string goldSpeaker)
    {
        Quote[] quotes = [Quote("Burrows said the flag was never open to choice", "Herald"), Quote("the flag was never open to choice", "Burrows")];
        var gold = new GumAttributionCase("doc", false, Content, Span(goldSpeaker), ["said"], goldSpeaker, new SpeakerForms([goldSpeaker], isPerson: goldSpeaker == "Burrows"));

        AttributionFigures figures = GumAttributionEvaluation.Score(Text, [gold], quotes);

        Assert.That((figures.Speakers, figures.SpeakersCorrect), Is.EqualTo((1, 1)));
    }

    private static TextSpan Span(string part)
    {
        int start = Text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    private static Quote Quote(string part, string speaker)
    {
        TextSpan span = Span(part);
        return new Quote { Text = part, Start = span.Start, End = span.End, Kind = QuoteKind.Indirect, Speaker = speaker };
    }
}
