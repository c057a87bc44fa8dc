using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Stance;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>Fails when a stance score drops below the figure in models/README.md (## Stance) minus 0.005.</summary>
public sealed class StanceScoreGuardTests
{
    private const double Tolerance = 0.005;

    [Test]
    public void OwnSet_Test_MacroF1_HoldsRecordedFigure()
    {
        StanceScore score = OwnStanceSet.Score(OwnStanceSet.Load(), "test");
        Assert.That(score.MacroF1, Is.GreaterThanOrEqualTo(0.9088 - Tolerance));
    }

    [Test]
    public void ClaimStance_Test_Accuracy_HoldsRecordedFigure()
    {
        string data = RepositoryPaths.DataPath("ibm-claim-stance") is null ? Ignore() : RepositoryPaths.DataOrNull!;
        StanceScore score = TrainStanceCommand.Report(TextWriter.Null, "ibm-claim-stance test", TargetStanceModel.Default, StanceCorpora.ClaimStance(data, "test"));
        Assert.That(score.Accuracy, Is.GreaterThanOrEqualTo(0.6332 - Tolerance));
    }

    [Test]
    public void Perspectrum_Test_Accuracy_HoldsRecordedFigure()
    {
        string data = RepositoryPaths.DataPath("perspectrum") is null ? Ignore() : RepositoryPaths.DataOrNull!;
        StanceScore score = TrainStanceCommand.Report(TextWriter.Null, "perspectrum test", TargetStanceModel.Default, StanceCorpora.Perspectrum(data, "test"));
        Assert.That(score.Accuracy, Is.GreaterThanOrEqualTo(0.6304 - Tolerance));
    }

    // Precision of emitted actor and author stances on news text against our verdicts; an unjudged stance counts as
    // wrong, so new output has to be judged (eval-stance-news --unjudged) before this passes again. Re-recorded when
    // the parse-based stance rules were added and their first output on these sets was judged (85 correct, 228 wrong):
    // gum-train 0.870 -> 0.363, gmb-dev 0.775 -> 0.398, gum-heldout 0.667 -> 0.311, gmb-test 0.759 -> 0.398 (after the knowledge base grew). The
    // rules trade precision on news for recall on commentary (dev stance P 0.107 -> 0.18, R 0.037 -> 0.22).
    // gum-train 0.363 -> 0.354 with the issue-14 NER model: its new output judged (7 stances, 3 correct; the holder
    // "Zealand's Prime Minister John Key", a name cut by the recogniser, is a wrong holder).
    // With the voice-framing rule (issue 13; commentary dev out-of-fold stance F1 0.199 -> 0.254, recall 0.219 -> 0.324)
    // its news output was judged (74 stances, 10 correct): gum-train 0.354 -> 0.307 (correct 55 -> 62), gmb-dev
    // 0.398 -> 0.369, gum-heldout 0.311 -> 0.250, gmb-test 0.398 -> 0.422. News framing is mostly reporting, not the
    // author's stance; the rule is limited to the author's evaluative sentences to keep that cost small.
    // gum-train 0.307 -> 0.303 when a lone period before a lower-case word began to end a sentence (one correct stance lost).
    // With the syntax model of format 3 (tagger ambiguity classes; EWT test LAS 0.812 -> 0.822) and the transcript-turn
    // layer, the parse-based rules emit other stances; their 43 new ones were judged (8 correct): gum-train 0.303 ->
    // 0.287, gmb-dev 0.369 -> 0.364, gum-heldout 0.250 -> 0.254, gmb-test 0.410 -> 0.393. Commentary test stances
    // (reported) rose at the same time, F1 0.223 -> 0.238. With the parser reading ambiguity classes too (EWT dev LAS
    // 0.8071 -> 0.8158) 27 more new stances were judged (4 correct): gum-train 0.293, gmb-dev 0.347, gum-heldout 0.259,
    // gmb-test 0.389.
    // With the name model trained on the commentary dev texts too (session 7) gmb-dev emits 120 stances, 41 correct
    // (121 / 42 before): one correct stance is gone with a name the new model reads otherwise; no new stance appeared
    // unjudged. gum-train 0.294, gum-heldout 0.263, gmb-test 0.393 (each one fewer wrong stance).
    // When the lemmatizer learned that praised is praise (not prais), the verb rule found two GMB stances the lexicon
    // rule had found, with other evidence text; the sample key hashes the evidence, so both left the 1-in-8 sample:
    // gmb-dev 120 / 41 -> 119 / 40, gmb-test 89 / 35 -> 88 / 34 (0.342 -> 0.336, 0.393 -> 0.386), nothing lost.
    // Session 8: targets that differ only by a leading article or case are one stance (the same holder's "the
    // administration's policy" and "administration's policy" were two): gum-train 204 / 60 -> 203 / 59 (a doubled
    // correct stance is one), gum-heldout 57 / 15 -> 56 / 15 (a doubled wrong one), 0.294 -> 0.291 and 0.263 -> 0.268.
    // Session 17: the verb rule reads verb-and-preposition cues (call for); "John Paul has called for better integration"
    // is still emitted and correct, but its first evidence is now the whole sentence, so it left the 1-in-8 sample: gmb-dev
    // 122 / 41 -> 121 / 40 (0.336 -> 0.331), nothing lost.
    // Session 17: an evaluative adjective no longer judges a noun whose most frequent sense is a time, a state or the like
    // (non-target-nouns.txt): gum-train 57 / 195 -> 54 / 176, gmb-dev 40 / 121 -> 40 / 109, gum-heldout 16 / 54 -> 15 / 44,
    // gmb-test 34 / 87 -> 34 / 83.
    // Session 18: people a group or place name modifies hold the stance as the text names them ("European Union lawmakers
    // have rejected ...", "South Korean officials pushed for ..."): gmb-dev 40 / 109 -> 43 / 111 (three new holders, all
    // judged correct; a wrong "Tibetan" holder gone); gum-train, gum-heldout and gmb-test unchanged.
    // Session 19: the repaired subject and named officers as holders, attitude nouns, action nominals, and no number or
    // empty word as a target: gum-train 54 / 176 -> 54 / 171, gmb-dev 43 / 111 -> 44 / 110, gum-heldout 15 / 44 -> 15 / 43,
    // gmb-test 34 / 83 -> 36 / 85 (two new stances judged correct).
    // Session 22: a pronoun holder or target stands for its antecedent (Resolution/PronounAntecedents.cs), and the 25
    // stances then unjudged were judged: gum-train 55 / 171 -> 57 / 180, gmb-dev 46 / 110 -> 49 / 113, gum-heldout
    // unchanged, gmb-test 35 / 86 -> 35 / 87 (measured with every stance judged before and after).
    // Session 22: an organisation named by ordinary words after a nationality is one name (Entities/NationalOrganisationNames.cs):
    // gmb-dev 49 / 113 -> 49 / 114 (the Eritrean Foreign Ministry's new wrong stance), gmb-test 35 / 87 -> 35 / 86 (the
    // Irish Republican Army against violence, correct, replaces a wrong one of a part of its name).
    [TestCase("gum-train", 0.317)]
    [TestCase("gmb-dev", 0.430)]
    // Session 11: "they" after a few sentences about what a plural person noun's people said is those people, not a place
    // named in between: gum-heldout 56 / 15 -> 55 / 15 (a wrong stance of the place gone), 0.268 -> 0.273.
    [TestCase("gum-heldout", 0.364)]
    // gmb-test 0.422 -> 0.417 when only verbs of bidding report through an object and an infinitive: "criticized a
    // proposal by U.S. lawmakers to build a wall" is no longer a quote, and the purpose rule gives its action to the author.
    // gmb-test 0.417 -> 0.410 when a bid's sentence became the author's claim (urged X to act): one correct stance of
    // an actor, found through the claim's speaker, is gone.
    // gmb-test 36 / 85 -> 35 / 84 when attitude nouns found their target hung on the verb (voiced strong opposition to
    // the missile shield): that correct stance is still emitted, but its first evidence is now the whole sentence, which
    // moved it out of the 1-in-8 sample.
    // Session 20, the name model with GloVe word classes: gmb-test 35 / 84 -> 35 / 86 (names newly found as targets,
    // "World War" among them; both judged wrong), 0.417 -> 0.407. Report-only sample, recorded as measured.
    // Session 22: attitude nouns (relations.txt kind "attitude": commitment to, call for, criticism of ...) read by the parse
    // rule, with possessive pronouns resolved: gum-heldout 15 / 43 -> 16 / 44 (his calls for iodised salt, correct); gmb-test
    // unchanged (an appeal for a release, correct, is found with a longer target and left the 1-in-8 sample).
    // Session 23: the voice-action rule turns an infinitive's polarity round through a negated verb it completes (does not
    // need to increase) and through refuse or decline: gmb-test 35 / 86 -> 35 / 87 (OPEC officials against "its
    // production ceiling", judged wrong: they are against raising it), 0.407 -> 0.402. Report-only sample, recorded as measured.
    [TestCase("gmb-test", 0.402)]
    public void News_Precision_HoldsRecordedFigure(string set, double recorded)
    {
        string data = RepositoryPaths.DataPath("gmb-ner") is null ? Ignore() : RepositoryPaths.DataOrNull!;
        List<NewsStance> stances = EvalStanceNewsCommand.Scored(PolicyAnalyzer.CreateDefault(), data, set, EvalStanceNewsCommand.DefaultSample);
        NewsStanceScore score = NewsStanceScore.Of(stances, NewsStanceJudgments.Load(NewsStanceJudgments.FilePath));
        Assert.That(score.Precision, Is.GreaterThanOrEqualTo(recorded - Tolerance), score.ToString());
    }

    private static string Ignore()
    {
        SharedData.Missing("The shared data folder absent: stance score guards on public data skipped.");
        return "";
    }
}
