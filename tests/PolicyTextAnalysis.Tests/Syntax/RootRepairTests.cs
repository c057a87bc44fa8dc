using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>The repair of a parse whose root is the sentence's subject: its predicate becomes the root again.</summary>
public sealed class RootRepairTests
{
    // Joint tags (universal, Penn) and relation labels of a small model.
    private static readonly string[] Universal = ["PRON", "VERB", "ADV", "AUX", "PART", "PUNCT", "NOUN", "ADJ", "VERB", "DET"];
    private static readonly string[] Penn = ["DT", "VBZ", "RB", "VBZ", "RB", ".", "NN", "JJ", "VBD", "DT"];
    private static readonly string[] Labels = ["root", "nsubj", "acl:relcl", "advmod", "aux", "ccomp", "obj", "punct", "acl", "cop", "det", "mark"];

    private const int Pron = 0, Verb = 1, Adv = 2, Aux = 3, Part = 4, Punct = 5, Noun = 6, PastVerb = 8, Det = 9;

    private static readonly RootRepair Repair = new(Universal, Penn, Labels);

    [Test]
    public void Apply_APredicateSwallowedByTheSubjectsRelativeClause_BecomesTheRoot()
    {
        // Anybody who says otherwise has not read it .  (read parsed as the complement of says)
        int[] heads = [-1, 2, 0, 6, 6, 6, 2, 6, 0];
        int[] labels = [L("root"), L("nsubj"), L("acl:relcl"), L("advmod"), L("aux"), L("advmod"), L("ccomp"), L("obj"), L("punct")];
        int[] tags = [Pron, Pron, Verb, Adv, Aux, Part, Verb, Pron, Punct];

        Repair.Apply(heads, labels, tags);

        Assert.That(heads, Is.EqualTo(new[] { 6, 2, 0, 6, 6, 6, -1, 6, 6 }));
        Assert.That(Labels[labels[6]], Is.EqualTo("root"));
        Assert.That(Labels[labels[0]], Is.EqualTo("nsubj"));
    }

    [Test]
    public void Apply_AComplementWithItsOwnSubject_IsLeftAlone()
    {
        // Those who say it works ...  : "works" has a subject, so it is what they say.
        int[] heads = [-1, 2, 0, 4, 2, 0];
        int[] labels = [L("root"), L("nsubj"), L("acl:relcl"), L("nsubj"), L("ccomp"), L("punct")];
        int[] tags = [Pron, Pron, Verb, Pron, Verb, Punct];
        int[] before = [.. heads];

        Repair.Apply(heads, labels, tags);

        Assert.That(heads, Is.EqualTo(before));
    }

    [Test]
    public void Apply_APastVerbWithAnObjectHungOnTheSubjectNoun_BecomesTheRoot()
    {
        // The storm threatened oil installations .
        int[] heads = [1, -1, 1, 4, 2, 1];
        int[] labels = [L("det"), L("root"), L("acl"), L("det"), L("obj"), L("punct")];
        int[] tags = [Det, Noun, PastVerb, Noun, Noun, Punct];

        Repair.Apply(heads, labels, tags);

        Assert.That(heads, Is.EqualTo(new[] { 1, 2, -1, 4, 2, 2 }));
        Assert.That(Labels[labels[1]], Is.EqualTo("nsubj"));
    }

    [TestCase("cop")]
    [TestCase("nsubj")]
    public void Apply_ARootThatIsAlreadyAPredicate_IsLeftAlone(string predicateMark)
    {
        // The storm (is) threatened oil installations: a root noun with a copula or subject has its predicate.
        int[] heads = [1, -1, 1, 4, 2, 1, 1];
        int[] labels = [L("det"), L("root"), L("acl"), L("det"), L("obj"), L("punct"), L(predicateMark)];
        int[] tags = [Det, Noun, PastVerb, Noun, Noun, Punct, Aux];
        int[] before = [.. heads];

        Repair.Apply(heads, labels, tags);

        Assert.That(heads, Is.EqualTo(before));
    }

    [Test]
    public void Apply_AParticipleAfterAComma_IsLeftAlone()
    {
        // The choice , mired ... : a participle set off by a comma modifies the noun.
        int[] heads = [1, -1, 3, 1, 3, 1];
        int[] labels = [L("det"), L("root"), L("punct"), L("acl"), L("obj"), L("punct")];
        int[] tags = [Det, Noun, Punct, PastVerb, Noun, Punct];
        int[] before = [.. heads];

        Repair.Apply(heads, labels, tags);

        Assert.That(heads, Is.EqualTo(before));
    }

    [Test]
    public void Apply_ARootWithAHundredThousandParticiples_TakesOnePass()
    {
        // Every other word a past participle hung on the root noun, none with an object: each is checked in constant time
        // (checking each one's dependents afresh was quadratic, about 10^10 steps here).
        const int words = 200_000;
        int[] heads = new int[words], labels = new int[words], tags = new int[words];
        heads[0] = -1;
        labels[0] = L("root");
        tags[0] = Noun;
        for (int w = 1; w < words; w++)
        {
            bool participle = w % 2 == 1;
            heads[w] = participle ? 0 : w - 1;
            labels[w] = participle ? L("acl") : L("det");
            tags[w] = participle ? PastVerb : Det;
        }

        Repair.Apply(heads, labels, tags);

        Assert.That(Array.IndexOf(heads, -1), Is.Zero);
    }

    [Test]
    public void Parse_ASentenceWhoseSubjectHasARelativeClause_HasItsPredicateAsRoot()
    {
        SyntaxModel model = SyntaxModel.Default ?? throw new InvalidOperationException("the syntax model is not bundled");
        string[] words = ["Anybody", "who", "says", "otherwise", "has", "not", "read", "it", "."];
        WordHashes[] hashes = WordHashes.Of(words);
        (int[] heads, int[] labels) = model.Parser.Parse(hashes, model.Tagger.Tag(hashes));

        Assert.That(Array.IndexOf(heads, -1), Is.EqualTo(6), "read is the root");
        Assert.That((heads[0], model.Parser.Labels[labels[0]]), Is.EqualTo((6, "nsubj")));
    }

    private static int L(string label) => Array.IndexOf(Labels, label);
}
