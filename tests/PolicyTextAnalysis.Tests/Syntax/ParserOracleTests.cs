using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

public sealed class ParserOracleTests
{
    [Test]
    public void ZeroCostTransitions_FromTheInitialState_RebuildTheGoldTree()
    {
        int[] costs = new int[3];
        foreach (UdSentence sentence in TinyTreebank.Sentences())
        {
            int n = sentence.Length;
            int[] gold = sentence.Heads.Select(h => h < 0 ? n : h).ToArray();
            var state = new ParserState(n);
            while (!state.IsTerminal)
            {
                ParserTrainer.Costs(state, gold, costs);
                int c = Enumerable.Range(0, 3).First(t => DependencyParser.IsValid(state, t) && costs[t] == 0);
                DependencyParser.Apply(state, c);
            }

            Assert.That(state.Heads, Is.EqualTo(gold), sentence.Id);
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
            Assert.That(costs[DependencyParser.Shift], Is.EqualTo(2));
            Assert.That(costs[DependencyParser.Left], Is.EqualTo(0));
            Assert.That(costs[DependencyParser.Right], Is.EqualTo(1));
        });
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
}
