namespace PolicyTextAnalysis.Tests;

/// <summary>
/// What a test does when a data set of <c>../shared/data</c> is missing: on a developer's machine it is skipped with
/// the reason; in CI (<c>CI=true</c>) it fails, so a CI run can never pass without checking a score.
/// </summary>
internal static class SharedData
{
    /// <summary>True when running in CI.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (locally) or fails (in CI) with <paramref name="reason"/>; never returns.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Missing(string reason)
    {
        if (InCi)
        {
            Assert.Fail($"{reason} In CI a missing data set fails the score test (../shared must be beside the repository).");
        }

        Assert.Ignore(reason);
    }
}
