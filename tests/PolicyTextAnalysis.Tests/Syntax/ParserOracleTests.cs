using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

public sealed class ParserOracleTests
{
    [Test]
    public void ZeroCostTransitions_FromTheInitialState_RebuildTheGoldTreeAndLabels()
    {
        IReadOnlyList<UdSentence> sentences = TinyTreebank.Sentences();
        List<string> labels = sentences.SelectMany(s => s.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var actions = new ParserActions(labels.Count, labels.IndexOf(DependencyParser.RootLabel));
        int[] costs = new int[3];
        foreach (UdSentence sentence in sentences)
        {
            int n = sentence.Length;
            int[] gold = sentence.Heads.Select(h => h < 0 ? n : h).ToArray();
            int[] goldLabels = sentence.Relations.Select(r => labels.IndexOf(r)).ToArray();
            var state = new ParserState(n);
            while (!state.IsTerminal)
            {
                ParserTrainer.Costs(state, gold, costs);
                int c = Enumerable.Range(0, actions.Count).First(t => actions.IsValid(state, t) && ParserTrainer.Cost(actions, state, gold, goldLabels, costs, t) == 0);
                actions.Apply(state, c);
            }

            Assert.Multiple(() =>
            {
                Assert.That(state.Heads, Is.EqualTo(gold), sentence.Id);
                Assert.That(state.Labels, Is.EqualTo(goldLabels), sentence.Id);
            });
        }
    }

    [Test]
    public void Costs_ShiftThatStrandsAHead_CountsTheLostArc()
    {
        // "a b c": gold a <- c (a's head is c), b <- c, c root. Stack [a, b], buffer c: shifting c loses nothing for c's
        // head (the root), but a and b on the stack have head c: both lost.
        int[] gold = [2, 2, 3];
        var state = new ParserState(3);
        state.Shift();
        state.Shift();
        int[] costs = new int[3];

        ParserTrainer.Costs(state, gold, costs);

        Assert.Multiple(() =>
        {
            Assert.That(costs[ParserTrainer.Shift], Is.EqualTo(2));
            Assert.That(costs[ParserTrainer.Left], Is.EqualTo(0));
            Assert.That(costs[ParserTrainer.Right], Is.EqualTo(1));
        });
    }

    [Test]
    public void Cost_GoldArcWithAnotherLabel_CostsOne()
    {
        // "a b": gold a <- b labelled 0, b root (label 1). Stack [a], buffer b: left-arc builds the gold arc.
        int[] gold = [1, 2];
        int[] goldLabels = [0, 1];
        var actions = new ParserActions(labelCount: 3, rootLabel: 1);
        var state = new ParserState(2);
        state.Shift();
        int[] costs = new int[3];

        ParserTrainer.Costs(state, gold, costs);

        Assert.Multiple(() =>
        {
            Assert.That(ParserTrainer.Cost(actions, state, gold, goldLabels, costs, actions.Left(0)), Is.EqualTo(0));
            Assert.That(ParserTrainer.Cost(actions, state, gold, goldLabels, costs, actions.Left(2)), Is.EqualTo(1));
        });
    }

    [Test]
    public void Actions_Forced_IsTheOnlyValidTransition()
    {
        // The parser skips scoring exactly where one transition is valid: Forced must name it there and nowhere else.
        var actions = new ParserActions(labelCount: 3, rootLabel: 1);
        var state = new ParserState(2);
        int ForcedOrValid() => actions.Forced(state) is int f and >= 0 ? f
            : Enumerable.Range(0, actions.Count).Count(c => actions.IsValid(state, c)) == 1 ? -100 : -1;

        Assert.That(ForcedOrValid(), Is.EqualTo(ParserActions.Shift), "empty stack");
        state.Shift();
        Assert.That(ForcedOrValid(), Is.EqualTo(-1), "stack [a], buffer b: shift or a left arc");
        state.Shift();
        Assert.That(ForcedOrValid(), Is.EqualTo(-1), "stack [a b], only the root left: right arcs");
        state.Right(0);
        Assert.That(ForcedOrValid(), Is.EqualTo(actions.Left(1)), "stack [a], only the root left: the root's arc");
    }

    [Test]
    public void ParserState_RootOnlyForTheLastStackItem()
    {
        var state = new ParserState(2);
        state.Shift();
        state.Shift();

        Assert.Multiple(() =>
        {
            Assert.That(state.CanShift, Is.False);
            Assert.That(state.CanLeft, Is.False, "two items on the stack: the root takes only the last one");
            Assert.That(state.CanRight, Is.True);
        });
    }

    [Test]
    public void Actions_RootLabel_OnlyOnTheArcFromTheRoot()
    {
        var actions = new ParserActions(labelCount: 3, rootLabel: 1);
        var state = new ParserState(2);
        state.Shift();
        state.Shift();
        bool rightRootValid = actions.IsValid(state, actions.Right(1));
        state.Right(0);

        Assert.Multiple(() =>
        {
            Assert.That(rightRootValid, Is.False, "a word's arc is never labelled root");
            Assert.That(actions.IsValid(state, actions.Left(1)), Is.True, "the root's arc");
            Assert.That(actions.IsValid(state, actions.Left(0)), Is.False, "the root's arc takes only root");
        });
    }

    [Test]
    public void ParserState_Arc_RecordsItsLabelForTheHeadsFeatures()
    {
        // "a b": a <- b labelled 5, then b <- root labelled 0.
        var state = new ParserState(2);
        state.Shift();
        state.Left(5);
        state.Shift();
        state.Left(0);

        Assert.Multiple(() =>
        {
            Assert.That(state.Labels, Is.EqualTo(new[] { 5, 0 }));
            Assert.That(state.LeftLabels[1], Is.EqualTo(1UL << 5), "b's left children's labels");
            Assert.That(state.RightLabels[1], Is.Zero);
        });
    }
}
