namespace PolicyTextAnalysis.Orleans;

/// <summary>A batch could not be analysed on any silo after every attempt (no silo left, or each call failed).</summary>
public sealed class ClusterRunException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterRunException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ClusterRunException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the last failure.</summary>
    public ClusterRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
