namespace PolicyTextAnalysis.Orleans.Tests;

public sealed class WorkerKeyBalancerTests
{
    [Test]
    public void Acquire_TriesEveryKeyBeforeBalancing()
    {
        var balancer = new WorkerKeyBalancer(4);

        int[] keys = [.. Enumerable.Range(0, 4).Select(_ => balancer.Acquire())];

        Assert.That(keys, Is.EquivalentTo(new[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void Acquire_OnceKeysAreKnown_KeepsCallsInFlightEvenAcrossSilos()
    {
        // Keys 0..5 reach silo A, keys 6 and 7 silo B: left to chance, A would get three calls in four.
        var balancer = new WorkerKeyBalancer(8);
        for (int i = 0; i < 8; i++)
        {
            int key = balancer.Acquire();
            balancer.Release(key, key < 6 ? "A" : "B");
        }

        int[] taken = [.. Enumerable.Range(0, 8).Select(_ => balancer.Acquire())];

        Assert.Multiple(() =>
        {
            Assert.That(taken.Count(k => k < 6), Is.EqualTo(4));
            Assert.That(balancer.Load(), Is.EquivalentTo(new Dictionary<string, int> { ["A"] = 4, ["B"] = 4 }));
        });
    }

    [Test]
    public void Release_AfterAFailure_MakesTheKeyUnknownAndTriedAgain()
    {
        var balancer = new WorkerKeyBalancer(2);
        balancer.Release(balancer.Acquire(), "A");
        balancer.Release(balancer.Acquire(), "B");
        int failed = balancer.Acquire();

        balancer.Release(failed, answeredBy: null);

        Assert.Multiple(() =>
        {
            Assert.That(balancer.Acquire(), Is.EqualTo(failed), "an unknown key is tried first");
            Assert.That(balancer.Load().Values.Sum(), Is.Zero);
        });
    }
}
