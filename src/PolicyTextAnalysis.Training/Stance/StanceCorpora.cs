using System.Globalization;
using System.Text.Json;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>Loads the stance data sets of <c>../shared/data</c> as (text, target, favor) pairs.</summary>
internal static class StanceCorpora
{
    /// <summary>
    /// IBM ArgQ 30k: arguments pro/con a motion. The motion is read as core target and direction
    /// (<see cref="TargetProposition"/>), so "pro: We should ban whaling" becomes "against whaling".
    /// </summary>
    public static List<StanceExample> ArgQ(string dataDir, string split)
    {
        var examples = new List<StanceExample>();
        foreach (Dictionary<string, string> row in CsvFile.Read(Path.Combine(dataDir, "ibm-argq-30k", "arg_quality_rank_30k.csv")))
        {
            if (row["set"] != split || !int.TryParse(row["stance_WA"], CultureInfo.InvariantCulture, out int stance) || stance == 0)
            {
                continue;
            }

            (string core, int sign) = TargetProposition.Parse(row["topic"]);
            examples.Add(new StanceExample("ibm-argq-30k", row["topic"], row["argument"], core, stance * sign > 0));
        }

        return examples;
    }

    /// <summary>
    /// IBM Claim Stance: gold stance toward <c>topicTarget</c> is the claim's PRO/CON toward the motion times
    /// the motion's sentiment toward its target (PRO on a motion with sentiment -1 is against the target).
    /// </summary>
    public static List<StanceExample> ClaimStance(string dataDir, string split)
    {
        var examples = new List<StanceExample>();
        foreach (Dictionary<string, string> row in CsvFile.Read(Path.Combine(dataDir, "ibm-claim-stance", "claim_stance_dataset_v1.csv")))
        {
            if (row["split"] != split)
            {
                continue;
            }

            int stance = row["claims.stance"] == "PRO" ? 1 : -1;
            int sentiment = int.Parse(row["topicSentiment"], CultureInfo.InvariantCulture);
            examples.Add(new StanceExample(
                "ibm-claim-stance", row["topicId"], row["claims.claimCorrectedText"], row["topicTarget"], stance * sentiment > 0));
        }

        return examples;
    }

    /// <summary>PERSPECTRUM: each perspective sentence supports (favor) or undermines (against) its claim.</summary>
    public static List<StanceExample> Perspectrum(string dataDir, string split)
    {
        string folder = Path.Combine(dataDir, "perspectrum");
        using JsonDocument splits = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "dataset_split_v1.0.json")));
        using JsonDocument pool = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "perspective_pool_v1.0.json")));
        using JsonDocument claims = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "perspectrum_with_answers_v1.0.json")));
        var perspectives = new Dictionary<int, string>();
        foreach (JsonElement p in pool.RootElement.EnumerateArray())
        {
            perspectives[p.GetProperty("pId").GetInt32()] = p.GetProperty("text").GetString() ?? "";
        }

        var examples = new List<StanceExample>();
        foreach (JsonElement claim in claims.RootElement.EnumerateArray())
        {
            string id = claim.GetProperty("cId").GetInt32().ToString(CultureInfo.InvariantCulture);
            if (!splits.RootElement.TryGetProperty(id, out JsonElement s) || s.GetString() != split)
            {
                continue;
            }

            string claimText = claim.GetProperty("text").GetString() ?? "";
            foreach (JsonElement cluster in claim.GetProperty("perspectives").EnumerateArray())
            {
                bool favor = cluster.GetProperty("stance_label_3").GetString() == "SUPPORT";
                foreach (JsonElement pid in cluster.GetProperty("pids").EnumerateArray())
                {
                    if (perspectives.TryGetValue(pid.GetInt32(), out string? text))
                    {
                        examples.Add(new StanceExample("perspectrum", id, text, claimText, favor));
                    }
                }
            }
        }

        return examples;
    }
}
