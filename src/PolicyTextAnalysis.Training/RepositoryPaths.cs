namespace PolicyTextAnalysis.Training;

/// <summary>
/// Finds the repository root (the folder with <c>PolicyTextAnalysis.sln</c>) and the shared data folder
/// beside it (<c>../shared/data</c>), so commands and tests run from any working directory.
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The repository root, searched upward from the working directory and then from this assembly.</summary>
    /// <exception cref="DirectoryNotFoundException">No enclosing folder holds the solution file.</exception>
    public static string Root { get; } = FindRoot();

    /// <summary>The models folder of the repository.</summary>
    public static string Models => Path.Combine(Root, "models");

    /// <summary>
    /// The shared data folder: the <c>POLICYTEXT_DATA</c> environment variable when set, else <c>../shared/data</c>
    /// beside the repository; null when neither exists.
    /// </summary>
    public static string? DataOrNull
    {
        get
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("POLICYTEXT_DATA");
            if (!string.IsNullOrWhiteSpace(fromEnvironment) && Directory.Exists(fromEnvironment))
            {
                return fromEnvironment;
            }

            string beside = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    /// <summary>A path under the shared data folder, or null when the folder or the path is missing.</summary>
    public static string? DataPath(params string[] parts)
    {
        string? data = DataOrNull;
        if (data is null)
        {
            return null;
        }

        string path = Path.Combine([data, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string FindRoot()
    {
        foreach (string? start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "PolicyTextAnalysis.sln")))
                {
                    return dir;
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository root (a folder holding PolicyTextAnalysis.sln) above the working directory.");
    }
}
