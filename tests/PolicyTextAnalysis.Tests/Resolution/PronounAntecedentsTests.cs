using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public class PronounAntecedentsTests
{
    // Each text's pronoun (the occurrence given) and its antecedent: the name, or the head word of a phrase; null: none.
    [TestCase("The House passed the Clean Water Act last week. Senator Ted Cruz opposes it.", "it", 0, "Clean Water Act")]
    [TestCase("The new tariffs took effect in March. They are a disaster for farmers.", "They", 0, "tariffs")]
    [TestCase("The new tariffs took effect in March. They are a disaster for farmers. We must repeal them.", "them", 0, "tariffs")]
    [TestCase("The plan is a gamble the state cannot afford. It is a terrible idea.", "It", 0, "plan")]
    [TestCase("Republicans strongly support the proposal, while Democrats criticized it as reckless.", "it", 0, "proposal")]
    [TestCase("Senator Mark Ellison met Governor Ruth Kane in March. She opposes the bill.", "She", 0, "Ruth Kane")]
    [TestCase("Senator Mark Ellison met Governor Ruth Kane in March. He opposes the bill.", "He", 0, "Mark Ellison")]
    [TestCase("Governor Ruth Kane praised her.", "her", 0, null)]
    [TestCase("Senator Mark Ellison met Governor Ruth Kane. She praised herself.", "herself", 0, null)]
    [TestCase("This legislation is a lifeline for farmers, and I urge the Senate to pass it without delay.", "it", 0, "legislation")]
    [TestCase("The vote was held in March. It is clear that the plan will fail.", "It", 0, null)]
    public void Of_Pronoun_IsTheAgreeingMostSalientPhraseBefore(string text, string pronoun, int occurrence, string? antecedent)
    {
        Document document = PolicyAnalyzer.CreateDefault().Process(text);
        int token = Occurrence(document, pronoun, occurrence);
        var entityAt = new int[document.Tokens.Count];
        Array.Fill(entityAt, -1);
        for (int e = 0; e < document.Entities.Count; e++)
        {
            for (int t = document.Tokens.IndexAtOrAfter(document.Entities[e].Start); t < document.Tokens.Count && document.Tokens.Starts[t] < document.Entities[e].End; t++)
            {
                entityAt[t] = e;
            }
        }

        int found = new PronounAntecedents(document, entityAt).Of(token);

        // A name's head is its first word (UD's flat), so a name is compared whole.
        string? named = found < 0 ? null : entityAt[found] >= 0 ? document.Entities[entityAt[found]].Text : document.Tokens.CharsAt(found).ToString();
        Assert.That(named, Is.EqualTo(antecedent));
    }

    private static int Occurrence(Document document, string word, int occurrence)
    {
        for (int t = 0, seen = 0; t < document.Tokens.Count; t++)
        {
            if (document.Tokens.CharsAt(t).SequenceEqual(word) && seen++ == occurrence)
            {
                return t;
            }
        }

        throw new AssertionException($"'{word}' is not in the text {occurrence + 1} times");
    }
}
