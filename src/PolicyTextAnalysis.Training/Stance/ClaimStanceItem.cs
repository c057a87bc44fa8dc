using System.Globalization;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// One IBM Claim Stance claim with the annotations of its decomposition: its own target, its sentiment toward
/// that target and the relation of that target to the topic target (null for the claims marked incompatible).
/// </summary>
/// <param name="Topic">Topic id (folds never split a topic).</param>
/// <param name="Text">The claim.</param>
/// <param name="TopicTarget">The topic's target.</param>
/// <param name="ClaimTarget">The claim's own target, or empty.</param>
/// <param name="Sentiment">+1/-1 toward <paramref name="ClaimTarget"/>, or 0 when not annotated.</param>
/// <param name="Relation">+1 consistent, -1 contrastive, or 0 when not annotated.</param>
/// <param name="Favor">Gold stance toward <paramref name="TopicTarget"/>.</param>
internal sealed record ClaimStanceItem(
    string Topic, string Text, string TopicTarget, string ClaimTarget, int Sentiment, int Relation, bool Favor)
{
    /// <summary>Reads the claims of <paramref name="split"/> from <c>ibm-claim-stance</c>.</summary>
    public static List<ClaimStanceItem> Load(string dataDir, string split)
    {
        var items = new List<ClaimStanceItem>();
        foreach (Dictionary<string, string> row in CsvFile.Read(Path.Combine(dataDir, "ibm-claim-stance", "claim_stance_dataset_v1.csv")))
        {
            if (row["split"] != split)
            {
                continue;
            }

            int stance = row["claims.stance"] == "PRO" ? 1 : -1;
            int topicSentiment = int.Parse(row["topicSentiment"], CultureInfo.InvariantCulture);
            items.Add(new ClaimStanceItem(
                row["topicId"], row["claims.claimCorrectedText"], row["topicTarget"], row["claims.claimTarget.text"],
                ParseSign(row["claims.claimSentiment"]), ParseSign(row["claims.targetsRelation"]), stance * topicSentiment > 0));
        }

        return items;
    }

    private static int ParseSign(string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out int sign) ? Math.Sign(sign) : 0;
}
