using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>Fails when the shipped syntax model scores below models/syntax.card.json (written by train-syntax) minus 0.005.</summary>
public sealed class SyntaxScoreGuardTests
{
    private const double Tolerance = 0.005;

    [TestCase("ewt-test")]
    [TestCase("pud")]
    public void ShippedModel_HoldsTheRecordedScores(string set)
    {
        if (RepositoryPaths.DataPath("ud-english-ewt") is null || RepositoryPaths.DataPath("ud-english-pud") is null)
        {
            SharedData.Missing("The UD treebanks are absent (../shared/data/ud-english-ewt, ud-english-pud): syntax score guard skipped.");
        }

        SyntaxScore recorded = SyntaxCard.Read().Scores.Single(s => s.Set == set);
        SyntaxScore measured = SyntaxScore.Of(set, SyntaxModel.Default!, SyntaxCorpora.Load(RepositoryPaths.DataOrNull!, set));

        Assert.Multiple(() =>
        {
            Assert.That(measured.Upos, Is.GreaterThanOrEqualTo(recorded.Upos - Tolerance), "UPOS");
            Assert.That(measured.Lemma, Is.GreaterThanOrEqualTo(recorded.Lemma - Tolerance), "lemma");
            Assert.That(measured.Uas, Is.GreaterThanOrEqualTo(recorded.Uas - Tolerance), "UAS");
            Assert.That(measured.Las, Is.GreaterThanOrEqualTo(recorded.Las - Tolerance), "LAS");
        });
    }
}
