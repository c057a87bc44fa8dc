using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>A few hand-made UD trees (ours), enough to train tiny models for tests that must run without ../shared.</summary>
internal static class TinyTreebank
{
    // word/UPOS/XPOS/head(1-based, 0 root)/relation
    private static readonly string[] Trees =
    [
        "The/DET/DT/2/det minister/NOUN/NN/3/nsubj said/VERB/VBD/0/root that/SCONJ/IN/7/mark the/DET/DT/6/det plan/NOUN/NN/7/nsubj failed/VERB/VBD/3/ccomp ./PUNCT/./3/punct",
        "Pakistan/PROPN/NNP/2/nsubj expelled/VERB/VBD/0/root thousands/NOUN/NNS/2/obj of/ADP/IN/5/case refugees/NOUN/NNS/3/nmod ./PUNCT/./2/punct",
        "We/PRON/PRP/3/nsubj strongly/ADV/RB/3/advmod oppose/VERB/VBP/0/root the/DET/DT/6/det new/ADJ/JJ/6/amod tariffs/NOUN/NNS/3/obj ./PUNCT/./3/punct",
        "Congress/PROPN/NNP/3/nsubj must/AUX/MD/3/aux act/VERB/VB/0/root now/ADV/RB/3/advmod ./PUNCT/./3/punct",
        "The/DET/DT/2/det deal/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass signed/VERB/VBN/0/root by/ADP/IN/7/case both/DET/DT/7/det sides/NOUN/NNS/4/obl ./PUNCT/./4/punct",
        "Prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root 60/NUM/CD/4/nummod %/SYM/NN/2/obj in/ADP/IN/6/case 2023/NUM/CD/2/obl ./PUNCT/./2/punct",
    ];

    /// <summary>The trees as treebank sentences.</summary>
    public static IReadOnlyList<UdSentence> Sentences() => Trees.Select((tree, i) =>
    {
        string[][] words = tree.Split(' ').Select(w => w.Split('/')).ToArray();
        return new UdSentence(
            $"tiny-{i}",
            words.Select(w => w[0]).ToArray(),
            words.Select(w => w[0].ToLowerInvariant()).ToArray(),
            words.Select(w => w[1]).ToArray(),
            words.Select(w => w[2]).ToArray(),
            words.Select(w => int.Parse(w[3], System.Globalization.CultureInfo.InvariantCulture) - 1).ToArray(),
            words.Select(w => w[4]).ToArray());
    }).ToList();
}
