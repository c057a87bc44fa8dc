namespace PolicyTextAnalysis;

/// <summary>
/// The former name of <see cref="ClaimMention"/>, kept for one release: <c>Claim</c> clashed with
/// <c>System.Security.Claims.Claim</c> in files that import both namespaces. It converts implicitly both ways, so
/// <c>foreach (Claim c in result.Claims)</c> and <c>Claim c = result.Claims[0]</c> still compile (with this warning).
/// </summary>
[Obsolete("Renamed to ClaimMention (Claim clashed with System.Security.Claims.Claim); this alias goes in the next release.")]
public sealed record Claim
{
    /// <summary>The claim this alias stands for.</summary>
    public required ClaimMention Mention { get; init; }

    /// <inheritdoc cref="ClaimMention.Text"/>
    public string Text => Mention.Text;

    /// <inheritdoc cref="ClaimMention.Start"/>
    public int Start => Mention.Start;

    /// <inheritdoc cref="ClaimMention.End"/>
    public int End => Mention.End;

    /// <inheritdoc cref="ClaimMention.Types"/>
    public IReadOnlyList<ClaimType> Types => Mention.Types;

    /// <inheritdoc cref="ClaimMention.Speaker"/>
    public string? Speaker => Mention.Speaker;

    /// <inheritdoc cref="ClaimMention.Checkworthiness"/>
    public double Checkworthiness => Mention.Checkworthiness;

    /// <inheritdoc cref="ClaimMention.Quantities"/>
    public IReadOnlyList<Quantity> Quantities => Mention.Quantities;

    /// <summary>Wraps a claim under the old name.</summary>
    public static implicit operator Claim(ClaimMention mention) => new() { Mention = mention };

    /// <summary>The claim under its new name.</summary>
    public static implicit operator ClaimMention(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Mention;
    }

    /// <summary>The claim under its new name.</summary>
    public ClaimMention ToClaimMention() => Mention;

    /// <summary>Wraps a claim under the old name.</summary>
    public static Claim FromClaimMention(ClaimMention mention) => mention;
}
