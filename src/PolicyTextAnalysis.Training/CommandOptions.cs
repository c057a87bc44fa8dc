namespace PolicyTextAnalysis.Training;

/// <summary>Reads <c>--name value</c> options and <c>--flag</c> switches from a training command's arguments.</summary>
internal static class CommandOptions
{
    /// <summary>The value after the last <paramref name="name"/>, or null when absent.</summary>
    public static string? Value(IReadOnlyList<string> args, string name)
    {
        string? value = null;
        for (int i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                value = args[i + 1];
            }
        }

        return value;
    }

    /// <summary>True when the switch <paramref name="name"/> is present.</summary>
    public static bool Flag(IReadOnlyList<string> args, string name) => args.Contains(name);

    /// <summary>The <c>--data DIR</c> value, else the shared data folder beside the repository (null when neither exists).</summary>
    public static string? Data(IReadOnlyList<string> args) => Value(args, "--data") ?? RepositoryPaths.DataOrNull;
}
