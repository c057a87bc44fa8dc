namespace PolicyTextAnalysis.Tests.Text;

public class SortedSearchTests
{
    [TestCase(0, -1)]
    [TestCase(1, 0)]
    [TestCase(4, 1)]
    [TestCase(5, 3)]
    [TestCase(99, 3)]
    public void LastAtOrBefore_FindsTheLastItemWhoseKeyIsAtOrBefore(int key, int expected)
    {
        int[] keys = [1, 3, 5, 5];

        Assert.That(SortedSearch.LastAtOrBefore(keys, key, static k => k), Is.EqualTo(expected));
    }

    [Test]
    public void LastAtOrBefore_EmptyList_IsMinusOne()
    {
        Assert.That(SortedSearch.LastAtOrBefore(Array.Empty<int>(), 3, static k => k), Is.EqualTo(-1));
    }
}
